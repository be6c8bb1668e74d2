using Idocs.Signatures.Certificates;
using Idocs.Signatures.Reports;

namespace Idocs.Signatures.Cms;

/// <summary>
/// Runs the trust evaluator for the signer and each TSA, or, without one, adds indeterminate chain
/// and revocation checks so that the report can never pass unchecked.
/// </summary>
internal static class TrustChecks
{
    public static async Task<TrustEvaluation> EvaluateAsync(
        ICertificateTrustEvaluator? evaluator,
        IReadOnlyList<TrustEvaluationRequest> requests,
        CancellationToken cancellationToken)
    {
        if (evaluator is null)
        {
            return Missing(requests);
        }

        var checks = new List<ValidationCheck>();
        var evidence = new List<ValidationEvidence>();
        foreach (var request in requests)
        {
            var evaluation = await evaluator.EvaluateAsync(request, cancellationToken).ConfigureAwait(false);
            var prefix = request.Role == CertificateRole.TimestampAuthority ? "timestamp-" : string.Empty;
            checks.AddRange(evaluation.Checks.Select(c => c with { Name = prefix + c.Name }));
            evidence.AddRange(evaluation.Evidence);
        }

        return new TrustEvaluation(checks, evidence);
    }

    private static TrustEvaluation Missing(IReadOnlyList<TrustEvaluationRequest> requests)
    {
        var subjects = string.Join(" and ", requests.Select(r =>
            r.Role == CertificateRole.Signer ? "the signer's certificate" : "the timestamp authority's certificate"));
        ValidationCheck[] checks =
        [
            new(ValidationCheckNames.CertificateChain, CheckStatus.Indeterminate,
                $"No trust evaluator is configured, so the chain to a trust anchor was not built for {subjects}.",
                SubIndication.NoCertificateChainFound),
            new(ValidationCheckNames.Revocation, CheckStatus.Indeterminate,
                $"No trust evaluator is configured, so no OCSP response or CRL was checked for {subjects}.",
                SubIndication.TryLater),
        ];
        return new TrustEvaluation(checks, []);
    }
}
