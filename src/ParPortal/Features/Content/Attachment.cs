namespace ParPortal.Features.Content;

/// <summary>A file attached to an article or a document: its display name and the media URL that serves it.</summary>
public sealed record Attachment(string Name, string Url);

/// <summary>One image of an article's gallery.</summary>
public sealed record GalleryImage(string Url, string Alt, string? Caption);
