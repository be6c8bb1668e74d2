using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Revocation;
using Microsoft.Extensions.Logging;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Trust;

/// <summary>
/// Validates a certificate against the configured trust anchors at a given time: builds candidate
/// paths, validates each (RFC 5280 section 6.1), checks the revocation of every certificate below
/// the anchor, and returns the three trust checks of a validation report.
/// </summary>
public sealed partial class CertificateChainValidator
{
    /// <summary>Nesting limit for validating certificates that sign revocation data for a CA.</summary>
    private const int MaxSignerDepth = 2;

    private readonly TrustStore _trustStore;
    private readonly CertificatePathBuilder _builder;
    private readonly CertificatePathValidator _pathValidator;
    private readonly IRevocationSource? _revocationSource;
    private readonly ILogger<CertificateChainValidator> _logger;

    public CertificateChainValidator(
        TrustStore trustStore,
        ISignatureVerifier signatureVerifier,
        IRevocationSource? revocationSource,
        ILogger<CertificateChainValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(trustStore);
        ArgumentNullException.ThrowIfNull(signatureVerifier);
        ArgumentNullException.ThrowIfNull(logger);

        _trustStore = trustStore;
        _builder = new CertificatePathBuilder(trustStore);
        _pathValidator = new CertificatePathValidator(signatureVerifier);
        _revocationSource = revocationSource;
        _logger = logger;
    }

    /// <summary>
    /// Validates <paramref name="target"/>. <paramref name="extraCertificates"/> are untrusted
    /// certificates offered for path building, such as those embedded in a CMS signature.
    /// </summary>
    public Task<ChainValidationResult> ValidateAsync(
        X509Certificate target,
        PathValidationSettings settings,
        IEnumerable<X509Certificate>? extraCertificates = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(settings);
        return ValidateAsync(target, settings, (extraCertificates ?? []).ToList(), null, [], cancellationToken);
    }

    private async Task<ChainValidationResult> ValidateAsync(
        X509Certificate target,
        PathValidationSettings settings,
        List<X509Certificate> extras,
        X509Certificate? requiredAnchor,
        IReadOnlyList<X509Certificate> signersInProgress,
        CancellationToken cancellationToken)
    {
        var candidates = _builder.Build(target, extras)
            .Where(path => requiredAnchor is null || path.Anchor.Equals(requiredAnchor))
            .ToList();
        if (candidates.Count == 0)
        {
            LogNoChain(_logger, Thumbprint(target));
            var reason = $"no chain from {CertificatePathValidator.Describe(target)} to a configured trust anchor was found";
            return Result(
                [
                    new(
                        ValidationCheckNames.CertificateChain,
                        settings.IndeterminateIsFailure ? CheckStatus.Failed : CheckStatus.Indeterminate,
                        reason,
                        SubIndication.NoCertificateChainFound),
                    NotEvaluated(ValidationCheckNames.ValidityAtSigningTime),
                    NotEvaluated(ValidationCheckNames.Revocation),
                ],
                [], [], []);
        }

        ChainValidationResult? best = null;
        foreach (var path in candidates)
        {
            var result = await ValidatePathAsync(path, settings, extras, signersInProgress, cancellationToken).ConfigureAwait(false);
            if (result.Indication == Indication.TotalPassed)
            {
                return result;
            }

            if (best is null || (best.Indication == Indication.TotalFailed && result.Indication == Indication.Indeterminate))
            {
                best = result;
            }
        }

        return best!;
    }

    private async Task<ChainValidationResult> ValidatePathAsync(
        CertificatePath path,
        PathValidationSettings settings,
        List<X509Certificate> extras,
        IReadOnlyList<X509Certificate> signersInProgress,
        CancellationToken cancellationToken)
    {
        var structure = _pathValidator.Validate(path, settings);
        var chain = path.TargetToAnchor();
        var chainCheck = structure.ChainFailure is { } chainFailure
            ? ToCheck(chainFailure)
            : new ValidationCheck(
                ValidationCheckNames.CertificateChain,
                CheckStatus.Passed,
                $"chain of {chain.Count} certificates to trust anchor '{path.Anchor.SubjectDN}' is valid");
        var validityCheck = structure.ValidityFailure is { } validityFailure
            ? ToCheck(validityFailure)
            : new ValidationCheck(
                ValidationCheckNames.ValidityAtSigningTime,
                CheckStatus.Passed,
                $"every certificate in the chain is valid at {settings.ValidationTime:O}");

        if (structure.ChainFailure is not null || structure.ValidityFailure is not null)
        {
            return Result([chainCheck, validityCheck, NotEvaluated(ValidationCheckNames.Revocation)], chain, [], []);
        }

        var (revocationCheck, evidence) = await CheckRevocationAsync(path, settings, extras, signersInProgress, cancellationToken)
            .ConfigureAwait(false);
        return Result([chainCheck, validityCheck, revocationCheck], chain, evidence, structure.ConstrainedPolicies);
    }

    private async Task<(ValidationCheck Check, List<ValidationEvidence> Evidence)> CheckRevocationAsync(
        CertificatePath path,
        PathValidationSettings settings,
        List<X509Certificate> extras,
        IReadOnlyList<X509Certificate> signersInProgress,
        CancellationToken cancellationToken)
    {
        var evidence = new List<ValidationEvidence>();
        if (!settings.CheckRevocation)
        {
            return (new ValidationCheck(ValidationCheckNames.Revocation, CheckStatus.NotApplicable, "revocation checking is turned off for this validation"), evidence);
        }

        if (_revocationSource is null)
        {
            return (Undetermined(settings, "no revocation source is configured"), evidence);
        }

        var signerValidator = new SignerValidator(this, path, settings, extras, signersInProgress);
        var notes = new List<string>();
        string? unknown = null;

        // Every certificate is asked even after an unknown status, so that a revoked one below it still fails the path.
        for (var i = 0; i < path.Certificates.Count; i++)
        {
            var certificate = path.Certificates[i];
            var label = CertificatePathValidator.Describe(certificate);
            var request = new RevocationRequest(certificate, path.IssuerOf(i), settings.ValidationTime, signerValidator);
            var result = await _revocationSource.CheckAsync(request, cancellationToken).ConfigureAwait(false);
            evidence.AddRange(result.Evidence);

            switch (result.Status)
            {
                case RevocationStatus.Revoked when result.RevocationTime is null || result.RevocationTime <= settings.ValidationTime:
                    LogRevoked(_logger, Thumbprint(certificate));
                    return (new ValidationCheck(
                        ValidationCheckNames.Revocation,
                        CheckStatus.Failed,
                        $"{label} was revoked at {result.RevocationTime:O}: {result.Reason}",
                        SubIndication.Revoked), evidence);
                case RevocationStatus.Revoked:
                    notes.Add($"{label} was revoked at {result.RevocationTime:O}, after the validation time");
                    break;
                case RevocationStatus.Unknown:
                    LogUnknown(_logger, Thumbprint(certificate), result.Reason);
                    unknown ??= $"revocation status of {label} is unknown: {result.Reason}";
                    break;
                default:
                    notes.Add($"{label}: {result.Reason}");
                    break;
            }
        }

        if (unknown is not null)
        {
            return (Undetermined(settings, unknown), evidence);
        }

        return (new ValidationCheck(ValidationCheckNames.Revocation, CheckStatus.Passed, string.Join("; ", notes)), evidence);
    }

    private static ValidationCheck Undetermined(PathValidationSettings settings, string reason) =>
        settings.IndeterminateIsFailure
            ? new ValidationCheck(ValidationCheckNames.Revocation, CheckStatus.Failed, reason, SubIndication.TryLater)
            : new ValidationCheck(ValidationCheckNames.Revocation, CheckStatus.Indeterminate, reason, SubIndication.TryLater);

    private static ValidationCheck ToCheck(PathCheckFailure failure) =>
        new(failure.CheckName, failure.Status, failure.Reason, failure.SubIndication);

    private static ValidationCheck NotEvaluated(string name) =>
        new(name, CheckStatus.Indeterminate, "not evaluated because no valid chain was established", SubIndication.CertificateChainGeneralFailure);

    private static ChainValidationResult Result(
        List<ValidationCheck> checks,
        IReadOnlyList<X509Certificate> chain,
        IReadOnlyList<ValidationEvidence> evidence,
        IReadOnlyList<string> policies)
    {
        var (indication, subIndication) = ValidationReport.Summarize(checks);
        return new ChainValidationResult
        {
            Indication = indication,
            SubIndication = subIndication,
            Checks = checks,
            Chain = chain,
            Evidence = evidence,
            ValidPolicies = policies,
        };
    }

    private static string Thumbprint(X509Certificate certificate) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(certificate.GetEncoded()));

    [LoggerMessage(Level = LogLevel.Debug, Message = "No chain to a trust anchor for certificate {CertificateThumbprint}")]
    private static partial void LogNoChain(ILogger logger, string certificateThumbprint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Certificate {CertificateThumbprint} is revoked")]
    private static partial void LogRevoked(ILogger logger, string certificateThumbprint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Revocation status of certificate {CertificateThumbprint} is unknown: {Reason}")]
    private static partial void LogUnknown(ILogger logger, string certificateThumbprint, string reason);

    /// <summary>Validates certificates that sign CRLs for a CA in the path, from the same anchor.</summary>
    private sealed class SignerValidator(
        CertificateChainValidator owner,
        CertificatePath path,
        PathValidationSettings settings,
        List<X509Certificate> extras,
        IReadOnlyList<X509Certificate> signersInProgress) : IRevocationSignerValidator
    {
        public async Task<bool> IsTrustedAsync(X509Certificate signer, CancellationToken cancellationToken)
        {
            if (signer.Equals(path.Anchor))
            {
                return true;
            }

            // A CRL signer whose own status comes from a CRL it signed: the outer validation of
            // that signer decides its trust, so the inner question is not asked again.
            if (signersInProgress.Contains(signer))
            {
                return true;
            }

            if (signersInProgress.Count >= MaxSignerDepth)
            {
                return false;
            }

            var signerSettings = settings with
            {
                InitialPolicies = new HashSet<string> { CertificateExtensions.AnyPolicy },
                InitialExplicitPolicy = false,
                InitialPolicyMappingInhibit = false,
                InitialAnyPolicyInhibit = false,
            };
            var result = await owner.ValidateAsync(signer, signerSettings, extras, path.Anchor, [.. signersInProgress, signer], cancellationToken)
                .ConfigureAwait(false);
            return result.Indication == Indication.TotalPassed;
        }

        public IReadOnlyList<X509Certificate> FindCertificates(X509Name issuerName)
        {
            var pool = owner._trustStore.Intermediates.Concat(owner._trustStore.Anchors).Concat(extras).Concat(path.Certificates);
            return pool.Where(c => DistinguishedNames.AreEqual(c.SubjectDN, issuerName)).Distinct().ToList();
        }
    }
}
