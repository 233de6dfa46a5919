namespace ParPortal.Features.Feedback.Mail;

/// <summary>
/// The SMTP server that e-mails citizens about their questions, bound from <c>ParPortal:Feedback:Mail</c>. With no
/// <see cref="Host"/> no mail is sent (the tracking page still tells the status).
/// </summary>
public sealed class FeedbackMailOptions
{
    public const string Section = "ParPortal:Feedback:Mail";

    /// <summary>The SMTP server's host name; empty turns e-mail off.</summary>
    public string? Host { get; set; }

    /// <summary>Default 587, the submission port that agencies' mail servers open for applications.</summary>
    public int Port { get; set; } = 587;

    /// <summary>
    /// <c>Auto</c> (default: STARTTLS when the server offers it), <c>StartTls</c> (required), <c>SslOnConnect</c>
    /// (port 465) or <c>None</c> (a relay on the same machine).
    /// </summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    /// <summary>Give it through the environment or a secret store, never in a committed file.</summary>
    public string? Password { get; set; }

    /// <summary>The sender address, e.g. <c>cchc@sxd.example.gov.vn</c>; required when <see cref="Host"/> is set.</summary>
    public string? From { get; set; }

    /// <summary>The site's public address (https://…), for the links in mails; empty leaves links out.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Longest wait for the server per message. Default 30 s: mail is sent in the background, never in a request.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Host);
}
