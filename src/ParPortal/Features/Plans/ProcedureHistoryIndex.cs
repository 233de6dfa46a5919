using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Features.Procedures;

namespace ParPortal.Features.Plans;

/// <summary>
/// The partial covering index <c>IX_ContentVersions_ProcedureHistory</c> that <see cref="ProcedureHistoryReader"/>
/// reads: procedure versions that were ever published, by publication. Without it the read scans every version of
/// every type (about 90 ms at 100,000 items on SQLite); with it, one range of the index. <c>ContentType</c> leads so
/// that SQLite can answer from the index alone, and the filter is written exactly as the query writes its terms,
/// which SQLite needs to match a partial index. Kept with the plans feature that needs it; it configures the
/// procedure type's table only with this index.
/// </summary>
internal sealed class ProcedureHistoryIndex : IEntityTypeConfiguration<ProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ProcedureVersion> b) =>
        b.HasIndex(
            ["ContentType", nameof(ProcedureVersion.PublishedUtc), nameof(ProcedureVersion.ContentItemId), nameof(ProcedureVersion.VersionNumber), nameof(ProcedureVersion.Status), nameof(ProcedureVersion.UnitId)],
            "IX_ContentVersions_ProcedureHistory")
            .HasFilter("\"ContentType\" = 'Procedure' AND \"PublishedUtc\" IS NOT NULL");
}
