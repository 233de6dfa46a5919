namespace ParPortal.Hosting.Security;

/// <summary>
/// Picks a named content security policy (<see cref="ContentSecurityPolicies"/>) for a page or endpoint, instead of
/// the one its path implies. As endpoint metadata: <c>.WithMetadata(new ContentSecurityPolicyAttribute("…"))</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class ContentSecurityPolicyAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
