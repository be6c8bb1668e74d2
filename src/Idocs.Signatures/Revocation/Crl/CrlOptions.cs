namespace Idocs.Signatures.Revocation.Crl;

/// <summary>CRL sources and refresh settings, bound from the <c>Signatures:Crl</c> section.</summary>
public sealed class CrlOptions
{
    public const string SectionName = "Signatures:Crl";

    /// <summary>CRL locations: http(s) URLs of full and delta CRLs, or local file paths.</summary>
    public IList<string> Sources { get; } = [];

    /// <summary>How often the host should call <see cref="CrlRefresher.RefreshAsync"/>; NCA publishes deltas hourly.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>Time limit for downloading one CRL.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest CRL accepted, in bytes.</summary>
    public long MaxCrlBytes { get; set; } = 100L * 1024 * 1024;
}
