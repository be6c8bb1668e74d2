namespace Idocs.Signatures.Revocation.Ocsp;

/// <summary>Why an OCSP exchange gave no trustworthy status. Each maps to an unknown revocation status.</summary>
public static class OcspErrorCodes
{
    /// <summary>The certificate names no OCSP responder and none is configured.</summary>
    public const string NoResponder = "ocsp.no_responder";

    /// <summary>The responder sent no response within <see cref="OcspOptions.RequestTimeout"/>.</summary>
    public const string Timeout = "ocsp.timeout";

    /// <summary>The responder could not be reached or returned a non-success HTTP status.</summary>
    public const string Unreachable = "ocsp.unreachable";

    /// <summary>The response cannot be parsed as an OCSP response.</summary>
    public const string Malformed = "ocsp.malformed";

    /// <summary>The responder returned an error status (malformedRequest, tryLater, unauthorized…).</summary>
    public const string ResponderError = "ocsp.responder_error";

    /// <summary>The response signature does not verify, or its signer is neither the issuer nor authorised by it.</summary>
    public const string UntrustedResponse = "ocsp.untrusted_response";

    /// <summary>The response does not carry the nonce of the request.</summary>
    public const string NonceMismatch = "ocsp.nonce_mismatch";

    /// <summary>The response is too old or not yet valid at the time of checking.</summary>
    public const string Stale = "ocsp.stale";

    /// <summary>The response has no status for the certificate asked about.</summary>
    public const string CertificateNotInResponse = "ocsp.certificate_not_in_response";

    /// <summary>The responder does not know the certificate (status unknown).</summary>
    public const string UnknownCertificate = "ocsp.unknown_certificate";
}
