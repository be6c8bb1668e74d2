namespace Idocs.Signatures.Certificates;

/// <summary>What a certificate did in the signature being validated.</summary>
public enum CertificateRole
{
    /// <summary>It signed the document.</summary>
    Signer,

    /// <summary>It signed a timestamp token over the signature.</summary>
    TimestampAuthority,
}
