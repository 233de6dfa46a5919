namespace ParPortal.Quotas.Import;

/// <summary>
/// The agency's plan as read from its file, before any meaning is given to it: paragraphs and tables in reading order.
/// The .docx reader and the plain-text reader both produce it, so the one parser serves both.
/// </summary>
public sealed record SourceDocument(IReadOnlyList<SourceBlock> Blocks);

/// <summary>A paragraph or a table of the file.</summary>
public abstract record SourceBlock;

/// <summary>One paragraph, its automatic numbering (if any) already written in front of the text.</summary>
public sealed record SourceParagraph(string Text) : SourceBlock;

/// <summary>A table: rows of cells, each cell's paragraphs joined by line breaks; merged cells continue empty.</summary>
public sealed record SourceTable(IReadOnlyList<IReadOnlyList<string>> Rows) : SourceBlock;
