namespace ParPortal.Features.Search;

/// <summary>
/// One content item version as the search index sees it. The index keys documents by
/// (<see cref="ItemId"/>, <see cref="IsPublished"/>): an item can have a published row and a draft row.
/// </summary>
/// <param name="ItemId">The content item's stable id.</param>
/// <param name="ContentType">Article, Document, Procedure, Hotline or IndexResult.</param>
/// <param name="IsPublished">False for the latest draft, which only admin search sees.</param>
/// <param name="Title">The title as published (NFC is applied on the way in).</param>
/// <param name="Summary">Plain-text summary, if any.</param>
/// <param name="Body">Plain text, already stripped of HTML.</param>
/// <param name="Code">A procedure code (1.001193) or document number (826/KH-UBND); found exactly.</param>
/// <param name="Topics">Topic slugs.</param>
/// <param name="UnitCode">Owning unit code, the unit facet value.</param>
/// <param name="UnitName">Owning unit name, the unit facet label.</param>
/// <param name="Date">Published or modified time; its year (Vietnam time) is the year facet.</param>
/// <param name="Url">Where the hit links to.</param>
public sealed record SearchDocument(
    Guid ItemId,
    string ContentType,
    bool IsPublished,
    string Title,
    string? Summary,
    string? Body,
    string? Code,
    IReadOnlyList<string> Topics,
    string? UnitCode,
    string? UnitName,
    DateTimeOffset Date,
    string Url);
