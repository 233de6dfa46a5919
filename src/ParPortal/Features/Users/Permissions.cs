namespace ParPortal.Features.Users;

/// <summary>
/// Every permission the module checks, in one place. Admin pages and API endpoints name one of these as their
/// authorization policy; roles map to permissions in <see cref="Roles"/>.
/// </summary>
public static class Permissions
{
    public const string ViewAdmin = "ViewAdmin";
    public const string ViewAllContent = "ViewAllContent";
    public const string EditOwnUnitContent = "EditOwnUnitContent";
    public const string EditAllContent = "EditAllContent";
    public const string SubmitContent = "SubmitContent";
    public const string PublishContent = "PublishContent";
    public const string DeleteContent = "DeleteContent";
    public const string ViewAuditLog = "ViewAuditLog";
    public const string ManageTopics = "ManageTopics";
    public const string ManageUnits = "ManageUnits";
    public const string ManageUsers = "ManageUsers";
    public const string ManageSettings = "ManageSettings";
    public const string ManageOwnApiTokens = "ManageOwnApiTokens";
    public const string ViewDashboard = "ViewDashboard";
    public const string ManagePlans = "ManagePlans";
    public const string ImportProcedures = "ImportProcedures";
    public const string ManageMedia = "ManageMedia";

    /// <summary>Edit the search synonym dictionary (abbreviations such as CCCD, TTHC, UBND).</summary>
    public const string ManageSearch = "ManageSearch";
    /// <summary>
    /// Publish an item with its original publication date when moving an existing site in (administrators only: a
    /// back-dated item changes the history that plan reports read).
    /// </summary>
    public const string ImportHistoricalContent = "ImportHistoricalContent";

    public static readonly IReadOnlyList<string> All =
    [
        ViewAdmin, ViewAllContent, EditOwnUnitContent, EditAllContent, SubmitContent, PublishContent, DeleteContent,
        ViewAuditLog, ManageTopics, ManageUnits, ManageUsers, ManageSettings, ManageOwnApiTokens, ViewDashboard,
        ManagePlans, ImportProcedures, ManageMedia, ManageSearch, ImportHistoricalContent,
    ];
}

/// <summary>The four roles of DESIGN.md and what each may do.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Contributor = "Contributor";
    public const string Office = "Office";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, Contributor, Office];

    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> PermissionsOf = new Dictionary<string, IReadOnlySet<string>>
    {
        [Administrator] = Permissions.All.ToHashSet(),
        // The editorial board reviews and publishes anything.
        [Editor] = new HashSet<string>
        {
            Permissions.ViewAdmin, Permissions.ViewAllContent, Permissions.EditOwnUnitContent, Permissions.EditAllContent,
            Permissions.SubmitContent, Permissions.PublishContent, Permissions.DeleteContent, Permissions.ViewAuditLog,
            Permissions.ManageTopics, Permissions.ManageOwnApiTokens, Permissions.ViewDashboard, Permissions.ImportProcedures,
            Permissions.ManageMedia, Permissions.ManageSearch,
        },
        // Contributors draft and submit for their own unit only.
        [Contributor] = new HashSet<string>
        {
            Permissions.ViewAdmin, Permissions.EditOwnUnitContent, Permissions.SubmitContent, Permissions.ManageOwnApiTokens,
            Permissions.ViewDashboard, Permissions.ManageMedia,
        },
        // The office checks quotas and writes reports; it reads all content but does not edit it.
        [Office] = new HashSet<string>
        {
            Permissions.ViewAdmin, Permissions.ViewAllContent, Permissions.ViewAuditLog, Permissions.ManageOwnApiTokens,
            Permissions.ViewDashboard, Permissions.ManagePlans,
        },
    };

    public static string Vietnamese(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        Editor => "Biên tập viên",
        Contributor => "Cộng tác viên",
        Office => "Văn phòng",
        _ => role,
    };
}
