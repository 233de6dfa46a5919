using Microsoft.AspNetCore.Identity;
using ParPortal.Features.Units;

namespace ParPortal.Features.Users;

/// <summary>A person who logs in to the admin. Contributors are tied to their unit.</summary>
public sealed class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    public DateTime CreatedUtc { get; set; }
}
