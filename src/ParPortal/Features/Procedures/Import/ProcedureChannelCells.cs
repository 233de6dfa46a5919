using ParPortal.Features.Office;

namespace ParPortal.Features.Procedures.Import;

/// <summary>
/// The sheet has one column each for processing time, fee (phí) and charge (lệ phí); a procedure has them per
/// submission channel. A cell holding one value applies to every channel, so a changed deadline reaches the in-person,
/// online and postal channels alike and the public page cannot contradict itself. A cell of labelled lines
/// ("Trực tiếp: 15 ngày" / "Trực tuyến: 10 ngày") sets the channels it names and leaves the others as they are.
/// Export writes one value when all channels agree and labelled lines when they differ, so a round trip is exact.
/// </summary>
public static class ProcedureChannelCells
{
    /// <summary>The columns that hold per-channel values, in export order.</summary>
    public static readonly IReadOnlyList<ProcedureField> Fields = [ProcedureFields.ProcessingTime, ProcedureFields.Fee, ProcedureFields.Charge];

    /// <summary>One channel's three values as the sheet shows them (never null).</summary>
    private sealed record Values(string Time, string Fee, string Charge)
    {
        public static Values Of(ProcedureChannel c)
        {
            var (fee, charge) = ProcedureImportService.SplitFee(c.Fee);
            return new Values(c.ProcessingTime ?? string.Empty, fee, charge);
        }

        public string Get(ProcedureField field) =>
            ReferenceEquals(field, ProcedureFields.ProcessingTime) ? Time : ReferenceEquals(field, ProcedureFields.Fee) ? Fee : Charge;
    }

    /// <summary>The cell text of <paramref name="field"/> for stored channels: one value when they agree, else labelled lines.</summary>
    public static string Cell(IReadOnlyList<ProcedureChannel> channels, ProcedureField field)
    {
        var values = channels.Select(c => (c.Channel, Value: Values.Of(c).Get(field))).ToList();
        if (values.Count == 0 || values.All(v => v.Value == values[0].Value))
        {
            return values.Count == 0 ? string.Empty : values[0].Value;
        }

        return string.Join('\n', values.Select(v => $"{ProcedureLabels.Channel(v.Channel)}: {v.Value}".TrimEnd()));
    }

    /// <summary>
    /// The channels after applying the record's three cells to <paramref name="existing"/>. A channel whose values do
    /// not change keeps its stored fee text exactly. With no channel yet, a plain value creates the in-person one.
    /// </summary>
    public static List<ProcedureChannel> Resolve(IReadOnlyList<ProcedureChannel> existing, ProcedureRecord record)
    {
        var plan = Plan(Stored(existing), record);
        var result = new List<ProcedureChannel>(plan.Count);
        foreach (var e in plan)
        {
            result.Add(e.Stored is not null && e.Before == e.After
                ? e.Stored
                : new ProcedureChannel(e.Channel, e.After.Time.Length == 0 ? null : e.After.Time, ProcedureImportService.ComposeFee(e.After.Fee, e.After.Charge)));
        }

        return result;
    }

    /// <summary>
    /// What the record's cells change on the channels <paramref name="before"/> stands for (those it was read from the
    /// database with, or for a new row what its own cells create): one entry per channel and column whose value
    /// differs, its header naming the channel ("Thời hạn giải quyết (Trực tuyến)").
    /// </summary>
    public static IReadOnlyList<FieldChange> Diff(ProcedureRecord before, ProcedureRecord after)
    {
        // The same cell text resolves to the same channels; most rows of a re-import are like that.
        if (string.Equals(before.ProcessingTime, after.ProcessingTime, StringComparison.Ordinal)
            && string.Equals(before.Fee, after.Fee, StringComparison.Ordinal)
            && string.Equals(before.Charge, after.Charge, StringComparison.Ordinal))
        {
            return [];
        }

        var old = before.Channels.Count > 0
            ? Stored(before.Channels)
            : Plan([], before).ConvertAll(e => new Entry(e.Channel, null, e.After, Empty));
        var plan = Plan(old, after);
        var changes = new List<FieldChange>();
        foreach (var field in Fields)
        {
            foreach (var e in plan)
            {
                var o = e.Before.Get(field);
                var n = e.After.Get(field);
                if (!string.Equals(o, n, StringComparison.Ordinal))
                {
                    changes.Add(new FieldChange(field.Property, $"{field.Header} ({ProcedureLabels.Channel(e.Channel)})", o, n, e.Channel));
                }
            }
        }

        return changes;
    }

    private static readonly Values Empty = new("", "", "");

    /// <summary>One channel: its stored form (null when new) and its values before and after the row.</summary>
    private readonly record struct Entry(SubmissionChannel Channel, ProcedureChannel? Stored, Values Before, Values After);

    private static List<Entry> Stored(IReadOnlyList<ProcedureChannel> channels) =>
        channels.Select(c => new Entry(c.Channel, c, Values.Of(c), Empty)).ToList();

    /// <summary>The channels of <paramref name="existing"/> plus those the row adds, with the row's values applied.</summary>
    private static List<Entry> Plan(List<Entry> existing, ProcedureRecord record)
    {
        var time = TryParseLabelled(record.ProcessingTime);
        var fee = TryParseLabelled(record.Fee);
        var charge = TryParseLabelled(record.Charge);
        var plan = new List<Entry>(Math.Max(existing.Count, 1));
        plan.AddRange(existing);

        // First the channels: every one a labelled line names, and the in-person one when a plain value has none to
        // go to. Only then the values, so that a plain deadline also reaches a channel that a fee line created.
        if (time is not null || fee is not null || charge is not null)
        {
            foreach (var channel in Channels)
            {
                var c = (int)channel;
                if ((time?[c] ?? fee?[c] ?? charge?[c]) is not null && !plan.Exists(e => e.Channel == channel))
                {
                    plan.Add(new Entry(channel, null, Empty, Empty));
                }
            }
        }

        if (plan.Count == 0 && ((time is null && record.ProcessingTime.Length > 0) || (fee is null && record.Fee.Length > 0)
                                || (charge is null && record.Charge.Length > 0)))
        {
            plan.Add(new Entry(SubmissionChannel.TrucTiep, null, Empty, Empty));
        }

        for (var i = 0; i < plan.Count; i++)
        {
            var e = plan[i];
            var c = (int)e.Channel;
            plan[i] = e with
            {
                After = new Values(
                    time is null ? record.ProcessingTime : time[c] ?? e.Before.Time,
                    fee is null ? record.Fee : fee[c] ?? e.Before.Fee,
                    charge is null ? record.Charge : charge[c] ?? e.Before.Charge),
            };
        }

        return plan;
    }

    private static readonly SubmissionChannel[] Channels = Enum.GetValues<SubmissionChannel>();

    /// <summary>
    /// The value per channel (indexed by the enum; null where the cell names no value) of a cell whose every non-empty
    /// line is "&lt;channel&gt;: value"; null for a plain value, which may itself hold colons and line breaks
    /// ("15 ngày làm việc\nkể từ: ngày nhận đủ hồ sơ").
    /// </summary>
    private static string?[]? TryParseLabelled(string cell)
    {
        if (cell.IndexOf(':') < 0)
        {
            return null;
        }

        var result = new string?[Channels.Length];
        var any = false;
        foreach (var raw in cell.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || ProcedureValueText.ParseChannel(line[..colon]) is not { } channel)
            {
                return null;
            }

            result[(int)channel] = OfficeText.Clean(line[(colon + 1)..]);
            any = true;
        }

        return any ? result : null;
    }
}
