using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Quotas.Engine;

/// <summary>
/// Shares the plan's products out among its deliverable rules, so that two tasks that each require a document of the
/// same kind (two plans due on different dates) need two different documents.
/// </summary>
/// <remarks>
/// An item an editor linked to a task always counts for that task's deliverables, and may serve several tasks when it
/// was linked to each of them: the editor said so. An item that only matches a filter serves one deliverable at most,
/// and none when it is linked to another deliverable's task (it must not silently serve a second sibling). Rules that
/// have no linked item get one matched item each where possible: a maximum bipartite matching (augmenting paths),
/// rules taken by due date then plan order and items by publication order, so the result is deterministic and no
/// rule goes without a product that another rule could have spared. Matched items left over are then listed under
/// the first such rule that accepts them, so the office still sees every product.
/// </remarks>
internal static class DeliverableAllocation
{
    public static IReadOnlyDictionary<DeliverableRule, EvidenceSet> Allocate(PlanComputation run)
    {
        var rules = new List<(DeliverableRule Rule, EvidenceSet Candidates, int Order)>();
        var order = 0;
        foreach (var task in run.Plan.Tasks)
        {
            foreach (var rule in task.Rules.OfType<DeliverableRule>())
            {
                order++;
                if (run.Applies(run.DeliverableWindow(rule)))
                {
                    rules.Add((rule, run.DeliverableCandidates(task, rule), order));
                }
            }
        }

        var result = new Dictionary<DeliverableRule, EvidenceSet>(ReferenceEqualityComparer.Instance);
        if (rules.Count == 0)
        {
            return result;
        }

        rules.Sort((a, b) => a.Rule.DueDate != b.Rule.DueDate ? a.Rule.DueDate.CompareTo(b.Rule.DueDate) : a.Order.CompareTo(b.Order));

        // Items linked to some deliverable's task are that task's: they never serve another rule through its filter.
        var linkedSomewhere = new HashSet<int>();
        foreach (var (_, candidates, _) in rules)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if (candidates.Reasons[i] != CountReason.Filter)
                {
                    linkedSomewhere.Add(candidates.Positions[i]);
                }
            }
        }

        var free = rules.Select(r => FilterOnly(r.Candidates, linkedSomewhere)).ToList();
        var ownerOf = new Dictionary<int, int>();
        for (var r = 0; r < rules.Count; r++)
        {
            if (!HasLink(rules[r].Candidates))
            {
                TryAssign(r, free, ownerOf, new HashSet<int>());
            }
        }

        var assigned = rules.Select(_ => new List<int>()).ToList();
        foreach (var (position, rule) in ownerOf)
        {
            assigned[rule].Add(position);
        }
        // Leftover matches go to the first rule (in the same order) that accepts them.
        var used = new HashSet<int>(ownerOf.Keys);
        for (var r = 0; r < rules.Count; r++)
        {
            foreach (var position in free[r])
            {
                if (used.Add(position))
                {
                    assigned[r].Add(position);
                }
            }
        }

        for (var r = 0; r < rules.Count; r++)
        {
            var candidates = rules[r].Candidates;
            var keep = new HashSet<int>(assigned[r]);
            var positions = new List<int>();
            var reasons = new List<CountReason>();
            for (var i = 0; i < candidates.Count; i++)
            {
                if (candidates.Reasons[i] != CountReason.Filter || keep.Contains(candidates.Positions[i]))
                {
                    positions.Add(candidates.Positions[i]);
                    reasons.Add(candidates.Reasons[i]);
                }
            }
            result[rules[r].Rule] = new EvidenceSet([.. positions], [.. reasons], positions.Count);
        }
        return result;
    }

    private static bool HasLink(EvidenceSet set)
    {
        for (var i = 0; i < set.Count; i++)
        {
            if (set.Reasons[i] != CountReason.Filter)
            {
                return true;
            }
        }
        return false;
    }

    private static List<int> FilterOnly(EvidenceSet set, HashSet<int> linkedSomewhere)
    {
        var result = new List<int>();
        for (var i = 0; i < set.Count; i++)
        {
            if (set.Reasons[i] == CountReason.Filter && !linkedSomewhere.Contains(set.Positions[i]))
            {
                result.Add(set.Positions[i]);
            }
        }
        return result;
    }

    /// <summary>Kuhn's augmenting path: gives rule <paramref name="rule"/> an item, moving earlier owners to other items.</summary>
    private static bool TryAssign(int rule, List<List<int>> free, Dictionary<int, int> ownerOf, HashSet<int> visited)
    {
        foreach (var position in free[rule])
        {
            if (!visited.Add(position))
            {
                continue;
            }
            if (!ownerOf.TryGetValue(position, out var owner) || TryAssign(owner, free, ownerOf, visited))
            {
                ownerOf[position] = rule;
                return true;
            }
        }
        return false;
    }
}
