using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Certificates;

/// <summary>A certificate whose chain and revocation status a trust evaluator should judge.</summary>
/// <param name="Certificate">The end-entity certificate.</param>
/// <param name="Role">Whether it signed the document or a timestamp.</param>
/// <param name="SuppliedCertificates">Certificates that came with the signature, as chain candidates.</param>
/// <param name="ValidationTime">
/// The time to judge validity and revocation at. For a signer it is the best signing time, which is
/// a valid timestamp's time when one is present. For a TSA it is the timestamp's genTime.
/// </param>
/// <param name="ValidationTimeIsProven">Whether a valid timestamp proves the signature existed at <paramref name="ValidationTime"/>.</param>
public sealed record TrustEvaluationRequest(
    X509Certificate Certificate,
    CertificateRole Role,
    IReadOnlyList<X509Certificate> SuppliedCertificates,
    DateTimeOffset ValidationTime,
    bool ValidationTimeIsProven);
