using Microsoft.EntityFrameworkCore;

namespace ParPortal.Data;

/// <summary>The SQLite flavour of the context (the default, zero set-up).</summary>
public sealed class SqliteParPortalDbContext(DbContextOptions<SqliteParPortalDbContext> options) : ParPortalDbContext(options);

/// <summary>The PostgreSQL flavour of the context (production and scale-out).</summary>
public sealed class PostgresParPortalDbContext(DbContextOptions<PostgresParPortalDbContext> options) : ParPortalDbContext(options);
