using ParPortal.Quotas.Model;

namespace ParPortal.Quotas.Validation;

/// <summary>A problem in a plan, located by task code and 1-based rule position when it has one.</summary>
public sealed record PlanValidationError(string? TaskCode, int? RuleIndex, string Message)
{
    /// <summary>"Nhiệm vụ 2.11, quy tắc 1: cửa sổ kết thúc trước khi bắt đầu".</summary>
    public override string ToString() => (TaskCode, RuleIndex) switch
    {
        ({ } task, { } rule) => $"Nhiệm vụ {task}, quy tắc {rule}: {Message}",
        ({ } task, null) => $"Nhiệm vụ {task}: {Message}",
        _ => $"Kế hoạch: {Message}",
    };
}

/// <summary>Checks a plan against the site's reference data before it is saved or imported.</summary>
public static class PlanValidator
{
    public static IReadOnlyList<PlanValidationError> Validate(
        PlanDefinition plan,
        IReadOnlyCollection<string> knownTypes,
        IReadOnlyCollection<string> knownUnitCodes,
        IReadOnlyCollection<string> knownTopics)
    {
        var types = new HashSet<string>(knownTypes, StringComparer.Ordinal);
        var units = new HashSet<string>(knownUnitCodes, StringComparer.Ordinal);
        var topics = new HashSet<string>(knownTopics, StringComparer.Ordinal);
        var errors = new List<PlanValidationError>();

        if (plan.Year is < 2000 or > 2100)
        {
            errors.Add(new(null, null, $"năm kế hoạch không hợp lệ: {plan.Year}"));
        }
        if (string.IsNullOrWhiteSpace(plan.Title))
        {
            errors.Add(new(null, null, "thiếu tên kế hoạch"));
        }
        if (!string.IsNullOrEmpty(plan.IssuingUnit) && !units.Contains(plan.IssuingUnit))
        {
            errors.Add(new(null, null, $"đơn vị ban hành không xác định: {plan.IssuingUnit}"));
        }
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var period in plan.ReportingPeriods)
        {
            if (string.IsNullOrWhiteSpace(period.Label))
            {
                errors.Add(new(null, null, "có kỳ báo cáo thiếu tên"));
            }
            else if (!labels.Add(period.Label))
            {
                errors.Add(new(null, null, $"kỳ báo cáo \"{period.Label}\" bị trùng tên"));
            }
            if (period.Window.Kind == WindowKind.PeriodDue || Resolve(period.Window, plan) is not { IsValid: true })
            {
                errors.Add(new(null, null, $"kỳ báo cáo \"{period.Label}\": cửa sổ không hợp lệ"));
            }
            if (period.DueRule is { } due && (due.DaysBefore < 0 || (due.Anchor != DueAnchor.External && due.Day is < 1 or > 31)))
            {
                errors.Add(new(null, null, $"kỳ báo cáo \"{period.Label}\": hạn báo cáo không hợp lệ"));
            }
        }

        var groupCodes = new HashSet<string>(plan.Groups.Select(g => g.Code), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in plan.Tasks)
        {
            if (string.IsNullOrWhiteSpace(task.Code))
            {
                errors.Add(new(null, null, "có nhiệm vụ thiếu mã"));
                continue;
            }
            if (!seen.Add(task.Code))
            {
                errors.Add(new(task.Code, null, "mã nhiệm vụ bị trùng"));
            }
            if (task.GroupCode is { } group && !groupCodes.Contains(group))
            {
                errors.Add(new(task.Code, null, $"nhóm nội dung không xác định: {group}"));
            }
            if (task.LeadUnitCode is { } lead && !units.Contains(lead))
            {
                errors.Add(new(task.Code, null, $"đơn vị chủ trì không xác định: {lead}"));
            }
            for (var i = 0; i < task.Rules.Count; i++)
            {
                foreach (var message in ValidateRule(task.Rules[i], plan, types, units, topics))
                {
                    errors.Add(new(task.Code, i + 1, message));
                }
            }
        }
        return errors;
    }

    private static IEnumerable<string> ValidateRule(
        QuotaRule rule, PlanDefinition plan, HashSet<string> types, HashSet<string> units, HashSet<string> topics)
    {
        switch (rule)
        {
            case CountRule count:
                if (count.Min <= 0)
                {
                    yield return $"số lượng tối thiểu phải lớn hơn 0 (đang là {count.Min})";
                }
                break;
            case PerUnitRule perUnit:
                if (perUnit.Min <= 0)
                {
                    yield return $"số lượng tối thiểu phải lớn hơn 0 (đang là {perUnit.Min})";
                }
                if (perUnit.UnitSet.Count == 0)
                {
                    yield return "chưa chọn đơn vị nào cho chỉ tiêu theo đơn vị";
                }
                foreach (var unit in perUnit.UnitSet.Where(u => !units.Contains(u)))
                {
                    yield return $"đơn vị không xác định: {unit}";
                }
                break;
            case DeliverableRule deliverable:
                if (deliverable.DueDate == default)
                {
                    yield return "thiếu hạn hoàn thành";
                }
                else if (deliverable.NotBefore is { } notBefore && notBefore > deliverable.DueDate)
                {
                    yield return "cửa sổ kết thúc trước khi bắt đầu";
                }
                foreach (var message in ValidateFilter(deliverable.Types, deliverable.Topics, deliverable.Units, types, units, topics))
                {
                    yield return message;
                }
                break;
            case CoverageRule coverage:
                if (coverage.Percent is <= 0m or > 100m)
                {
                    yield return $"tỷ lệ bao phủ phải lớn hơn 0 và không quá 100 (đang là {coverage.Percent})";
                }
                break;
            case RegularRule regular:
                if (regular.MaxSilenceDays is <= 0)
                {
                    yield return $"số ngày im lặng tối đa phải lớn hơn 0 (đang là {regular.MaxSilenceDays})";
                }
                break;
        }

        var window = rule switch
        {
            FilteredRule filtered => filtered.Window,
            CoverageRule coverage => coverage.Window,
            _ => null,
        };
        if (window is { Kind: WindowKind.PeriodDue } periodDue
            && !plan.ReportingPeriods.Any(p => string.Equals(p.Label, periodDue.Period, StringComparison.Ordinal)))
        {
            yield return $"thời hạn theo kỳ báo cáo không có trong kế hoạch: \"{periodDue.Period}\"";
        }
        else if (window is not null)
        {
            var range = Resolve(window, plan);
            if (range is null)
            {
                yield return "cửa sổ không hợp lệ";
            }
            else if (!range.Value.IsValid)
            {
                yield return "cửa sổ kết thúc trước khi bắt đầu";
            }
        }
        if (rule is FilteredRule f)
        {
            foreach (var message in ValidateFilter(f.Types, f.Topics, f.Units, types, units, topics))
            {
                yield return message;
            }
        }
        var titleWords = rule switch
        {
            FilteredRule filtered => filtered.TitleWords,
            DeliverableRule deliverable => deliverable.TitleWords,
            _ => [],
        };
        if (titleWords.Any(string.IsNullOrWhiteSpace))
        {
            yield return "từ bắt buộc trong tiêu đề không được để trống";
        }
    }

    private static IEnumerable<string> ValidateFilter(
        IReadOnlyList<string> ruleTypes, IReadOnlyList<string> ruleTopics, IReadOnlyList<string> ruleUnits,
        HashSet<string> types, HashSet<string> units, HashSet<string> topics)
    {
        foreach (var type in ruleTypes.Where(t => !types.Contains(t)))
        {
            yield return $"loại nội dung không xác định: {type}";
        }
        foreach (var topic in ruleTopics.Where(t => !topics.Contains(t)))
        {
            yield return $"chủ đề không xác định: {topic}";
        }
        foreach (var unit in ruleUnits.Where(u => !units.Contains(u)))
        {
            yield return $"đơn vị không xác định: {unit}";
        }
    }

    /// <summary>Resolves a window, treating an impossible date (e.g. month 13) as malformed rather than throwing.</summary>
    private static DateRange? Resolve(QuotaWindow window, PlanDefinition plan)
    {
        try
        {
            return plan.Year is >= 1 and <= 9999 ? window.Resolve(plan) : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
