namespace Idocs.Documents.Signing;

/// <summary>The revocation state of the signer certificate at signing time, from OCSP or the CRL.</summary>
public enum RevocationStatus
{
    Good,
    Revoked,
    Unknown,
}
