namespace Idocs.Signatures.Revocation.Ocsp;

/// <summary>OCSP client settings, bound from the <c>Signatures:Ocsp</c> section.</summary>
public sealed class OcspOptions
{
    public const string SectionName = "Signatures:Ocsp";

    /// <summary>
    /// Responder URL used for every certificate, overriding the OCSP address in the certificate's
    /// authority information access. Null uses the certificate's address.
    /// </summary>
    public Uri? ResponderUrl { get; set; }

    /// <summary>How long one request may take before the status counts as unknown.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Allowed clock difference when checking thisUpdate and nextUpdate.</summary>
    public TimeSpan ClockTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a response without nextUpdate stays acceptable and cached after its thisUpdate.</summary>
    public TimeSpan MaxAgeWithoutNextUpdate { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Whether a response must echo the request's nonce; when false a missing nonce is accepted, a different one never.</summary>
    public bool RequireNonce { get; set; } = true;

    /// <summary>Hash of the CertID: "SHA256" (NCA responders accept it) or "SHA1" (the RFC 6960 default).</summary>
    public string CertificateIdHash { get; set; } = "SHA256";
}
