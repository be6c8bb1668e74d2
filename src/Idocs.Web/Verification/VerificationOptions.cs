namespace Idocs.Web.Verification;

/// <summary>Limits of the public verification page and API (configuration section <c>Verification</c>).</summary>
public sealed class VerificationOptions
{
    public const string SectionName = "Verification";

    /// <summary>Requests one client address may make to the page and the API per window (default 30).</summary>
    public int PermitLimit { get; set; } = 30;

    /// <summary>Length of the rate limit window in seconds (default 60).</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Largest file accepted for the "is this the signed file" check, in bytes (default 50 MiB).</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest signature file (CMS or signed XML) accepted for validation, in bytes (default 5 MiB).</summary>
    public long MaxSignatureBytes { get; set; } = 5L * 1024 * 1024;
}
