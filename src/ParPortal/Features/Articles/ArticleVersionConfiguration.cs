using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPortal.Content;
using ParPortal.Data;
using ParPortal.Features.Content;

namespace ParPortal.Features.Articles;

internal sealed class ArticleVersionConfiguration : IEntityTypeConfiguration<ArticleVersion>
{
    public void Configure(EntityTypeBuilder<ArticleVersion> b)
    {
        b.IsContentType(ContentTypes.Article);
        b.Property(x => x.Gallery).HasJsonConversion().HasColumnName("Gallery");
        b.Property(x => x.Attachments).HasJsonConversion().HasColumnName("Attachments");
        b.Property(x => x.Author).HasMaxLength(300);
        b.Property(x => x.Source).HasMaxLength(500);
    }
}
