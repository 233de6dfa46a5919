using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPortal.Features.Search.Synonyms;

/// <summary>
/// The editors' synonym dictionary, one row. While there is no row the shipped <see cref="SynonymDefaults"/> apply;
/// the first save writes the row, so an editor can also empty the dictionary on purpose.
/// </summary>
public sealed class SearchVocabulary
{
    public int Id { get; set; } = 1;

    /// <summary>The dictionary as the editor wrote it (see <see cref="SynonymDictionary.Parse"/>).</summary>
    public string Synonyms { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Refuses a save made from an older copy (two editors at once).</summary>
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed class SearchVocabularyConfiguration : IEntityTypeConfiguration<SearchVocabulary>
{
    public void Configure(EntityTypeBuilder<SearchVocabulary> b)
    {
        b.ToTable("SearchVocabulary");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Synonyms).HasMaxLength(100_000);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
    }
}
