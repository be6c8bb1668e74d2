namespace Idocs.Signatures.Certificates;

/// <summary>
/// Judges whether a certificate chains to a configured trust anchor and was not revoked at the
/// validation time. CMS and XMLDSig verification call it for the signer and for each TSA; without
/// one, their reports stay indeterminate.
/// </summary>
public interface ICertificateTrustEvaluator
{
    /// <summary>
    /// Returns at least a <c>certificate-chain</c> and a <c>revocation</c> check. A check that could not
    /// run (responder unreachable, no chain found) is indeterminate, never passed.
    /// </summary>
    Task<TrustEvaluation> EvaluateAsync(TrustEvaluationRequest request, CancellationToken cancellationToken);
}
