using ParPortal.Quotas.Input;
using ParPortal.Quotas.Model;
using ParPortal.Quotas.Progress;

namespace ParPortal.Bench.QuotaBaseline;

/// <summary>
/// The quota engine as it was before the compact index (commit 5d80564), kept verbatim in this folder so that the
/// benchmark can print a speed ratio. Its semantics predate issue 13 (no agency scope, no shared-out deliverables,
/// regular rules by silences), so its results are no longer compared. Not used by the application; delete the
/// folder once nobody needs the comparison.
/// </summary>
internal static class BaselineQuotaEngine
{
    public static PlanProgress Compute(PlanDefinition plan, QuotaInput input, ProcedureCoverage coverage, DateOnly asOf) =>
        new PlanComputation(
            plan, QuotaItemIndex.Build(input.Items), new UnitGraph(input.Units, plan.RollUpMergedUnits), coverage, asOf, period: null).Run();
}
