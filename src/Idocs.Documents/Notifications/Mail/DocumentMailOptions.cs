namespace Idocs.Documents.Notifications.Mail;

/// <summary>Where document mail goes and how it is addressed ("DocumentMail" configuration section).</summary>
public sealed class DocumentMailOptions
{
    public const string SectionName = "DocumentMail";

    /// <summary>The cabinet's public address; link URLs are built on it, for example <c>https://idocs.kz/</c>.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5000/");

    public string FromAddress { get; set; } = "no-reply@idocs.local";

    public string FromName { get; set; } = "Idocs";

    /// <summary>When set, mail is written as <c>.eml</c> files into this folder instead of being sent by SMTP.</summary>
    public string? PickupFolder { get; set; }

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    /// <summary>Require STARTTLS or implicit TLS; off only for a loopback test server.</summary>
    public bool SmtpUseTls { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}
