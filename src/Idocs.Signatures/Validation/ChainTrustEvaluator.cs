using Idocs.Common.Results;
using Idocs.Signatures.Certificates;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Trust;

namespace Idocs.Signatures.Validation;

/// <summary>
/// Judges a signer's or TSA's certificate with the path validator and the OCSP-then-CRL
/// revocation source, and hands the CMS and XMLDSig verifiers a <c>certificate-chain</c> and a
/// <c>revocation</c> check. When the trust store could not be loaded, both checks are
/// indeterminate and name the configuration error.
/// </summary>
public sealed class ChainTrustEvaluator : ICertificateTrustEvaluator
{
    private readonly CertificateChainValidator? _validator;
    private readonly Error? _configurationError;

    public ChainTrustEvaluator(Result<CertificateChainValidator> validator)
    {
        if (validator.IsSuccess)
        {
            _validator = validator.Value;
        }
        else
        {
            _configurationError = validator.Error;
        }
    }

    public async Task<TrustEvaluation> EvaluateAsync(TrustEvaluationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_validator is null)
        {
            return NotConfigured(_configurationError!);
        }

        var result = await _validator.ValidateAsync(
            request.Certificate,
            new PathValidationSettings { ValidationTime = request.ValidationTime },
            request.SuppliedCertificates,
            cancellationToken).ConfigureAwait(false);

        var chain = Find(result, ValidationCheckNames.CertificateChain);
        var validity = Find(result, ValidationCheckNames.ValidityAtSigningTime);
        var revocation = Find(result, ValidationCheckNames.Revocation);
        return new TrustEvaluation([Merge(chain, validity), revocation], result.Evidence);
    }

    /// <summary>
    /// The CMS verifier judges the signer's own validity; the chain's validity (of the CAs above it)
    /// travels inside the certificate-chain check so that the report has one check per name.
    /// </summary>
    private static ValidationCheck Merge(ValidationCheck chain, ValidationCheck validity)
    {
        if (chain.Status != CheckStatus.Passed || validity.Status == CheckStatus.Passed)
        {
            return chain;
        }

        return new ValidationCheck(ValidationCheckNames.CertificateChain, validity.Status, validity.Reason, validity.SubIndication);
    }

    private static ValidationCheck Find(ChainValidationResult result, string name) =>
        result.Checks.FirstOrDefault(check => check.Name == name)
        ?? new ValidationCheck(name, CheckStatus.Indeterminate, $"the path validator returned no {name} check", SubIndication.TryLater);

    private static TrustEvaluation NotConfigured(Error error) => new(
        [
            new ValidationCheck(
                ValidationCheckNames.CertificateChain,
                CheckStatus.Indeterminate,
                $"The trust store is not usable ({error}), so no chain was built.",
                SubIndication.NoCertificateChainFound),
            new ValidationCheck(
                ValidationCheckNames.Revocation,
                CheckStatus.Indeterminate,
                $"The trust store is not usable ({error}), so revocation was not checked.",
                SubIndication.TryLater),
        ],
        []);
}
