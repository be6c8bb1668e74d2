using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Revocation;

/// <summary>Validates the path of a certificate that signs revocation data for another CA certificate's subject.</summary>
public interface IRevocationSignerValidator
{
    /// <summary>Returns true when <paramref name="signer"/> chains to the same trust anchor and passes every check.</summary>
    Task<bool> IsTrustedAsync(X509Certificate signer, CancellationToken cancellationToken);

    /// <summary>Candidate signer certificates known to the validator whose subject is <paramref name="issuerName"/>.</summary>
    IReadOnlyList<X509Certificate> FindCertificates(Org.BouncyCastle.Asn1.X509.X509Name issuerName);
}
