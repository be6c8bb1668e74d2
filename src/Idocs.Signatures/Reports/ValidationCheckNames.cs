namespace Idocs.Signatures.Reports;

/// <summary>Stable names of validation checks, used in reports and stored JSON.</summary>
public static class ValidationCheckNames
{
    public const string Format = "format";
    public const string ContentType = "content-type";
    public const string MessageDigest = "message-digest";
    public const string SigningCertificateBinding = "signing-certificate-binding";
    public const string SignatureValue = "signature-value";
    public const string Algorithm = "algorithm";
    public const string KeyUsage = "key-usage";
    public const string Timestamp = "timestamp";
    public const string CertificateChain = "certificate-chain";
    public const string ValidityAtSigningTime = "validity-at-signing-time";
    public const string Revocation = "revocation";
    public const string References = "references";
    public const string SignerIdentity = "signer-identity";
}
