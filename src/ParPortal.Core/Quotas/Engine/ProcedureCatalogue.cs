using ParPortal.Quotas.Input;

namespace ParPortal.Quotas.Engine;

/// <summary>
/// The agency's procedure catalogue as it stood at one moment, rebuilt from publication histories, so that a coverage
/// rule asked about a past date answers as the site was then.
/// </summary>
/// <remarks>
/// At moment T a procedure is in the catalogue when it had been published by T, the text last published by T was not
/// abolished (an abolished procedure leaves the catalogue, it is not a gap), and it was not archived since its last
/// publication. It is published and current when a version was public at T and that version is in force. A version is
/// public from its publication until the next version's publication or the next removal, whichever comes first.
/// Drafts never count: a procedure never published is not part of the public catalogue.
/// </remarks>
internal static class ProcedureCatalogue
{
    public static ProcedureCoverage Count(IReadOnlyList<ProcedureHistory> procedures, DateTimeOffset at, Func<string?, bool> ownedByAgency)
    {
        var total = 0;
        var current = 0;
        foreach (var procedure in procedures)
        {
            var (last, lastEnd) = LastPublicationBy(procedure, at);
            if (last is null || !last.InForce || !ownedByAgency(last.UnitCode) || ArchivedBetween(procedure, last.PublishedAt, at))
            {
                continue;
            }
            total++;
            if (lastEnd is null || lastEnd > at)
            {
                current++;
            }
        }
        return new ProcedureCoverage(total, current);
    }

    /// <summary>The latest publication at or before <paramref name="at"/>, and when it stopped being public (null: still public).</summary>
    private static (ProcedurePublication? Last, DateTimeOffset? End) LastPublicationBy(ProcedureHistory procedure, DateTimeOffset at)
    {
        ProcedurePublication? last = null;
        foreach (var p in procedure.Publications)
        {
            if (p.PublishedAt <= at && (last is null || p.PublishedAt > last.PublishedAt
                || (p.PublishedAt == last.PublishedAt && p.VersionNumber > last.VersionNumber)))
            {
                last = p;
            }
        }
        if (last is null)
        {
            return (null, null);
        }
        DateTimeOffset? end = null;
        foreach (var p in procedure.Publications)
        {
            if (p.PublishedAt > last.PublishedAt && (end is null || p.PublishedAt < end))
            {
                end = p.PublishedAt;
            }
        }
        foreach (var r in procedure.Removals)
        {
            if (r.At >= last.PublishedAt && (end is null || r.At < end))
            {
                end = r.At;
            }
        }
        return (last, end);
    }

    private static bool ArchivedBetween(ProcedureHistory procedure, DateTimeOffset from, DateTimeOffset to) =>
        procedure.Removals.Any(r => r.Archived && r.At >= from && r.At <= to);
}
