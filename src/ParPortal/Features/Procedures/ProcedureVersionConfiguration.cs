using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;

namespace ParPortal.Features.Procedures;

internal sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ProcedureVersion> b)
    {
        b.IsContentType(ContentTypes.Procedure);
        b.Property(x => x.Code).HasMaxLength(64);
        b.Property(x => x.Field).HasMaxLength(300);
        b.Property(x => x.FieldOrder).HasMaxLength(1000);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.OnlineLevel).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Channels).HasJsonConversion();
        b.Property(x => x.Steps).HasJsonConversion();
        b.Property(x => x.Dossier).HasJsonConversion();
        b.Property(x => x.LegalBases).HasJsonConversion();
        b.Property(x => x.RawImport).HasJsonConversion();
        b.HasIndex(x => x.Code);
        // The public procedures list, by field then name in Vietnamese order: read in index order and stopped after one
        // page, instead of sorting every published procedure (9 ms at 10,000 procedures, issue 16). Partial like
        // Published_Type.
        b.HasIndex(["ContentType", nameof(ProcedureVersion.FieldOrder), nameof(ContentVersion.TitleOrder)], "IX_ContentVersions_Published_Field")
            .HasFilter("\"IsPublished\"");
    }
}
