using ParPortal.Content;
using ParPortal.Features.Content.Types;
using ParPortal.Features.Users;

namespace ParPortal.Features.Plans;

/// <summary>
/// The yearly communication plan with its tasks and quotas. Plans are the office's working documents: they have no
/// public page, are not searched, and only those who manage plans write them (agency-wide, not per unit).
/// </summary>
public sealed class PlanType() : ContentTypeDefinition<PlanVersion, PlanInput>(ContentTypes.Plan, "Kế hoạch", null, Permissions.ManagePlans)
{
    protected override ContentSearchText SearchTextOf(PlanVersion version, Func<string?, string> plainText) =>
        throw new InvalidOperationException("Plans are not searched.");
}
