namespace Idocs.PrintForms;

/// <summary>Settings of the print form and passport renderers (configuration section <c>PrintForms</c>).</summary>
public sealed class PrintFormOptions
{
    public const string SectionName = "PrintForms";

    /// <summary>
    /// Absolute http(s) address of the public site; QR codes lead to <c>{VerificationBaseUrl}/verify/{id}</c>.
    /// Keep it short: every character makes the QR code denser.
    /// </summary>
    public Uri? VerificationBaseUrl { get; set; }

    /// <summary>Printed side of each QR code in millimetres, quiet zone included (default 28).</summary>
    public double QrCodeSizeMillimetres { get; set; } = 28;

    /// <summary>
    /// IANA or Windows id of the time zone printed times are shown in, for example <c>Asia/Almaty</c>.
    /// Every printed time carries its UTC offset. Default <c>UTC</c>.
    /// </summary>
    public string DisplayTimeZoneId { get; set; } = "UTC";
}
