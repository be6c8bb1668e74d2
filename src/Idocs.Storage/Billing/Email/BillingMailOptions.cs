namespace Idocs.Storage.Billing.Email;

/// <summary>
/// Settings of the <c>Billing:Mail</c> configuration section: where billing emails go. With
/// <see cref="PickupDirectory"/> set, each email is written there as an <c>.eml</c> file. With
/// <see cref="SmtpHost"/> set, it is sent over SMTP. With neither, it goes to the <c>mail</c>
/// folder under <c>Storage:DataDirectory</c> (the embedded default).
/// </summary>
public sealed class BillingMailOptions
{
    public const string SectionName = "Billing:Mail";

    /// <summary>The sender address, for example <c>billing@idocs.kz</c>.</summary>
    public string From { get; set; } = "billing@idocs.local";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "Idocs";

    /// <summary>A folder for <c>.eml</c> files. When it is set, no SMTP connection is made. Relative paths start at the working directory.</summary>
    public string? PickupDirectory { get; set; }

    public string? SmtpHost { get; set; }

    /// <summary>The SMTP port: 25 by default, 587 for submission with STARTTLS.</summary>
    public int SmtpPort { get; set; } = 25;

    /// <summary>Requires STARTTLS on the SMTP connection when true, and sends in plain text when false.</summary>
    public bool SmtpUseStartTls { get; set; }

    /// <summary>The SMTP user. Empty means no authentication.</summary>
    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}
