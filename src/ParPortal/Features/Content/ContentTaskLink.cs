namespace ParPortal.Features.Content;

/// <summary>An editor's statement that an item is evidence for a plan task ("counts toward"), kept per item.</summary>
public sealed class ContentTaskLink
{
    public Guid ContentItemId { get; set; }

    public Guid PlanItemId { get; set; }

    public required string TaskCode { get; set; }
}
