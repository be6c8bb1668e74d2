namespace Idocs.Signatures.Reports;

/// <summary>
/// Why a validation did not pass, following the sub-indications of ETSI EN 319 102-1 where one
/// fits. <see cref="None"/> goes with <see cref="Indication.TotalPassed"/>.
/// </summary>
public enum SubIndication
{
    None,

    /// <summary>The signature or a structure it relies on cannot be parsed or breaks its format.</summary>
    FormatFailure,

    /// <summary>A digest over the signed data (messageDigest, a reference) does not match.</summary>
    HashFailure,

    /// <summary>The signature value does not verify with the signer's public key.</summary>
    SigCryptoFailure,

    /// <summary>The signer's certificate was revoked before the best signing time.</summary>
    Revoked,

    /// <summary>The signing time lies after the signer's certificate expired.</summary>
    Expired,

    /// <summary>The signing time lies before the signer's certificate became valid.</summary>
    NotYetValid,

    /// <summary>No chain from the signer's certificate to a configured trust anchor was found.</summary>
    NoCertificateChainFound,

    /// <summary>A chain was built but a certificate in it breaks a constraint (CA flag, key usage, names).</summary>
    ChainConstraintsFailure,

    /// <summary>A signature constraint failed: signingCertificateV2 binding, key usage, signed attributes.</summary>
    SigConstraintsFailure,

    /// <summary>The algorithm or key size is not supported or not allowed by policy.</summary>
    CryptoConstraintsFailure,

    /// <summary>The signer's certificate is not present and cannot be found.</summary>
    NoSigningCertificateFound,

    /// <summary>The signed content the caller supplied or asked about is not covered by the signature.</summary>
    SignedDataNotFound,

    /// <summary>Revocation data could not be obtained or trusted now; the validation may pass later.</summary>
    TryLater,

    /// <summary>The certificate is revoked and no proof of existence before the revocation is present.</summary>
    RevokedNoPoe,

    /// <summary>The certificate expired and no proof of existence within its validity is present.</summary>
    OutOfBoundsNoPoe,

    /// <summary>A timestamp token is present but invalid: imprint, TSA signature or TSA chain.</summary>
    TimestampFailure,

    /// <summary>A chain-related failure not covered by a more specific sub-indication.</summary>
    CertificateChainGeneralFailure,
}
