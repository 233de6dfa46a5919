using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ParPortal.Data;

/// <summary>Lets `dotnet ef migrations add` build each context without starting the site (see docs/operations.md).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteParPortalDbContext>
{
    public SqliteParPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteParPortalDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Design-time factory for the PostgreSQL context; no server is contacted when adding a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresParPortalDbContext>
{
    public PostgresParPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresParPortalDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
