namespace ParPortal.Features.Topics;

/// <summary>A topic as the API and recipes create it: its name, an optional slug and the parent's slug.</summary>
public sealed record TopicInput(string Name, string? Slug, string? Parent);

/// <summary>A topic as the API lists it.</summary>
public sealed record TopicDto(int Id, string Name, string Slug, string? Parent);
