namespace Idocs.Documents.Signing;

/// <summary>What OCSP or the CRL said about the signer certificate at signing time.</summary>
public enum RevocationStatus
{
    Good,
    Revoked,
    Unknown,
}
