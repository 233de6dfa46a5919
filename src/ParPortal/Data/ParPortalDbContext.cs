using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ParPortal.Features.Articles;
using ParPortal.Features.Audit;
using ParPortal.Features.Content;
using ParPortal.Features.Documents;
using ParPortal.Features.Hotlines;
using ParPortal.Features.IndexResults;
using ParPortal.Features.Plans;
using ParPortal.Features.Procedures;
using ParPortal.Features.Recipes;
using ParPortal.Features.Settings;
using ParPortal.Features.Topics;
using ParPortal.Features.Units;
using ParPortal.Features.Users;

namespace ParPortal.Data;

/// <summary>
/// The one DbContext, used directly by features (no repository layer). Each provider has a derived context so that
/// each keeps its own migrations (TOOLCHAIN.md: the PostgreSQL ones get proper timestamptz and identity columns).
/// </summary>
public abstract class ParPortalDbContext(DbContextOptions options) : IdentityDbContext<PortalUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<ArticleVersion> Articles => Set<ArticleVersion>();

    public DbSet<DocumentVersion> Documents => Set<DocumentVersion>();

    public DbSet<ProcedureVersion> Procedures => Set<ProcedureVersion>();

    public DbSet<HotlineVersion> Hotlines => Set<HotlineVersion>();

    public DbSet<IndexResultVersion> IndexResults => Set<IndexResultVersion>();

    public DbSet<IndexDefinition> IndexDefinitions => Set<IndexDefinition>();

    public DbSet<PlanVersion> Plans => Set<PlanVersion>();

    public DbSet<ContentTaskLink> TaskLinks => Set<ContentTaskLink>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();

    public DbSet<RecipeRun> RecipeRuns => Set<RecipeRun>();

    public DbSet<Features.Media.MediaFile> MediaFiles => Set<Features.Media.MediaFile>();

    /// <summary>The data-protection key ring when the site runs on PostgreSQL (shared by every node; see ScaleOutOptions).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ParPortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC. SQLite hands values back as Unspecified and Npgsql refuses non-UTC values for
        // timestamptz, so the kind is fixed on the way in and out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
