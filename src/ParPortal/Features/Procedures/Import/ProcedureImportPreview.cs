namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// One changed field: property name, Vietnamese header, and the display text before and after. Processing time, fee
/// and charge change per submission channel: <see cref="Channel"/> names it and the header carries its label.
/// </summary>
public sealed record FieldChange(string Field, string Header, string OldValue, string NewValue, SubmissionChannel? Channel = null);

/// <summary>An existing procedure that the file changes.</summary>
public sealed record ProcedureUpdate(ProcedureRecord Existing, ProcedureRecord Incoming, IReadOnlyList<FieldChange> Changes);

/// <summary>Why a procedure is to be marked abolished.</summary>
public enum AbolishReason
{
    /// <summary>The file's status column says so (hết hiệu lực, bãi bỏ).</summary>
    StatusInFile,

    /// <summary>The procedure is no longer in the file and the editor asked to mark missing ones abolished.</summary>
    MissingFromFile,
}

/// <summary>An existing procedure to mark abolished; <see cref="Incoming"/> is null when it is missing from the file.</summary>
public sealed record ProcedureAbolition(ProcedureRecord Existing, ProcedureRecord? Incoming, AbolishReason Reason, IReadOnlyList<FieldChange> Changes);

/// <summary>What an import would do, for the editor to confirm before anything is written.</summary>
public sealed record ProcedureImportPreview(
    IReadOnlyList<ProcedureRecord> ToCreate,
    IReadOnlyList<ProcedureUpdate> ToUpdate,
    IReadOnlyList<ProcedureRecord> Unchanged,
    IReadOnlyList<ProcedureAbolition> ToAbolish,
    IReadOnlyList<ImportError> Errors);
