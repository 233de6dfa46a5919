namespace ParPortal.Quotas.Progress;

/// <summary>Status of a rule or task as of a date.</summary>
public enum QuotaStatus
{
    /// <summary>The requirement is fulfilled.</summary>
    Met,
    /// <summary>The window is open and done ≥ required × elapsed fraction of the window.</summary>
    OnTrack,
    /// <summary>The window is open and the pace is below the required share (or a regular task fell silent).</summary>
    Behind,
    /// <summary>A product's due date has passed without it (Quá hạn).</summary>
    Overdue,
    /// <summary>A quota's window or reporting period has closed without the quota reached (Không đạt); never paced.</summary>
    Missed,
    /// <summary>The window has not begun.</summary>
    NotStarted,
    /// <summary>A task without rules: activity is reported, nothing is measured.</summary>
    Regular,
    /// <summary>The rule's window does not overlap the reporting period being computed.</summary>
    NotApplicable,
}
