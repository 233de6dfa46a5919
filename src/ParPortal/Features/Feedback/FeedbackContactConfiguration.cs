using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPortal.Features.Feedback;

internal sealed class FeedbackContactConfiguration : IEntityTypeConfiguration<FeedbackContact>
{
    public void Configure(EntityTypeBuilder<FeedbackContact> b)
    {
        b.ToTable("FeedbackContacts");
        b.HasKey(x => x.ContentItemId);
        b.HasOne(x => x.Item).WithOne().HasForeignKey<FeedbackContact>(x => x.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.SubmissionKey).HasMaxLength(64);
        b.HasIndex(x => x.SubmissionKey).IsUnique();
        b.Property(x => x.AttachmentName).HasMaxLength(255);
        b.Property(x => x.AttachmentContentType).HasMaxLength(100);
        b.Property(x => x.AttachmentPath).HasMaxLength(300);
    }
}
