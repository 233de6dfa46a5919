using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPortal.Features.Feedback.Ratings;

internal sealed class PageRatingConfiguration : IEntityTypeConfiguration<PageRating>
{
    public void Configure(EntityTypeBuilder<PageRating> b)
    {
        b.ToTable("PageRatings");
        b.Property(x => x.Path).HasMaxLength(400);
        b.Property(x => x.ContentType).HasMaxLength(32);
        b.Property(x => x.Comment).HasMaxLength(FeedbackOptions.MaxRatingCommentLength);
        b.Property(x => x.VoterKey).HasMaxLength(64);
        // One vote per browser, page and day: the key already holds all three.
        b.HasIndex(x => x.VoterKey).IsUnique();
        // The admin's results read a period, grouped by page or type.
        b.HasIndex(x => new { x.Day, x.Path });
    }
}

internal sealed class RatingSaltConfiguration : IEntityTypeConfiguration<RatingSalt>
{
    public void Configure(EntityTypeBuilder<RatingSalt> b)
    {
        b.ToTable("RatingSalts");
        b.HasKey(x => x.Day);
        b.Property(x => x.Salt).HasMaxLength(32);
    }
}
