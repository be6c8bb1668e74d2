using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Certificates;
using Idocs.Signatures.Digests;
using Idocs.Signatures.Reports;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Idocs.Signatures.Cms;

/// <summary>
/// Verifies CMS (CAdES-BES and CAdES-T) signatures, attached or detached, as Kalkan and NCALayer
/// make them, and returns one validation report per SignerInfo.
/// </summary>
public sealed class CmsSignatureVerifier(
    CmsVerificationOptions options,
    TimeProvider timeProvider,
    ICertificateTrustEvaluator? trustEvaluator = null)
{
    private readonly CmsVerificationOptions _options = options ?? throw new ArgumentNullException(nameof(options));
    private readonly TimeProvider _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    /// <summary>
    /// Verifies a CMS. A detached signature needs the content or its stored digests. When content is
    /// passed for an attached signature, the passed content is checked instead of the embedded one.
    /// </summary>
    public async Task<IReadOnlyList<ValidationReport>> VerifyAsync(
        ReadOnlyMemory<byte> cms, CmsContent? detachedContent = null, CancellationToken cancellationToken = default)
    {
        var parsed = CmsParser.Parse(cms.Span);
        if (parsed.Failure is not null)
        {
            return [FormatFailure(parsed.Failure)];
        }

        var signedData = parsed.SignedData!;
        var content = ContentDigests(signedData, detachedContent);
        var certificates = SignerCertificateLocator.Certificates(signedData.Certificates);
        var reports = new List<ValidationReport>();
        foreach (var signer in parsed.Signers)
        {
            var context = new SignerValidation(signer, certificates, signedData.EncapContentInfo.ContentType.Id, content);
            reports.Add(await ValidateSignerSafelyAsync(context, cancellationToken).ConfigureAwait(false));
        }

        return reports.Count == 0 ? [FormatFailure("the CMS has no SignerInfo")] : reports;
    }

    /// <summary>BouncyCastle parses nested structures lazily, so a malformed attribute or certificate surfaces here.</summary>
    private async Task<ValidationReport> ValidateSignerSafelyAsync(SignerValidation context, CancellationToken cancellationToken)
    {
        try
        {
            return await ValidateSignerAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (Asn1Failures.IsMalformedInput(exception))
        {
            return FormatFailure($"a structure of the SignerInfo is malformed ({exception.Message})");
        }
    }

    private async Task<ValidationReport> ValidateSignerAsync(SignerValidation context, CancellationToken cancellationToken)
    {
        var inspection = SignerInfoVerifier.Verify(context.Signer, context.Certificates, context.ContentType, context.ContentDigest);
        var checks = new List<ValidationCheck> { new(ValidationCheckNames.Format, CheckStatus.Passed, "The CMS SignedData parses.") };
        checks.AddRange(inspection.Checks);
        if (inspection.Certificate is null || inspection.Scheme is null)
        {
            return Report(checks, null, null, []);
        }

        var signer = NcaCertificate.From(inspection.Certificate);
        var timestamps = SignatureTimestamps.Verify(context.Signer);
        checks.AddRange(timestamps.Checks);
        var signingTime = BestSigningTime(context.Signer, timestamps);
        checks.Add(SignerPolicyChecks.KeyUsage(signer, _options.RequiredKeyPurpose));
        checks.Add(SignerPolicyChecks.Identity(signer, _options.Certificates));
        checks.Add(SignerPolicyChecks.Validity(signer, signingTime));

        var requests = TrustRequests(context, signer, signingTime, timestamps);
        var trust = await TrustChecks.EvaluateAsync(trustEvaluator, requests, cancellationToken).ConfigureAwait(false);
        checks.AddRange(trust.Checks);
        return Report(checks, signer, signingTime, [.. timestamps.Evidence, .. trust.Evidence]);
    }

    private SigningTime BestSigningTime(SignerInfo signer, SignatureTimestamps timestamps)
    {
        if (timestamps.EarliestValidTime is { } proven)
        {
            return new SigningTime(proven, SigningTime.FromTimestamp);
        }

        var claimed = _options.AllowClaimedSigningTime ? ClaimedSigningTime(signer) : null;
        return claimed is { } time
            ? new SigningTime(time, SigningTime.FromClaim)
            : new SigningTime(_timeProvider.GetUtcNow(), SigningTime.FromValidationTime);
    }

    private static DateTimeOffset? ClaimedSigningTime(SignerInfo signer)
    {
        var value = CmsAttributes.Single(signer.SignedAttrs, CmsOids.SigningTime, "signingTime", out _);
        return value is null ? null : new DateTimeOffset(Time.GetInstance(value).ToDateTime().ToUniversalTime(), TimeSpan.Zero);
    }

    private static List<TrustEvaluationRequest> TrustRequests(
        SignerValidation context, NcaCertificate signer, SigningTime signingTime, SignatureTimestamps timestamps)
    {
        var requests = new List<TrustEvaluationRequest>
        {
            new(signer.Certificate, CertificateRole.Signer, context.Certificates, signingTime.Time, signingTime.IsProven),
        };
        foreach (var timestamp in timestamps.Valid)
        {
            requests.Add(new TrustEvaluationRequest(
                timestamp.TsaCertificate!, CertificateRole.TimestampAuthority, timestamp.Certificates, timestamp.GenerationTime!.Value, true));
        }

        return requests;
    }

    private static Func<DigestAlgorithm, byte[]?> ContentDigests(SignedData signedData, CmsContent? detachedContent)
    {
        if (detachedContent is not null)
        {
            return detachedContent.Digest;
        }

        var attached = signedData.EncapContentInfo.Content is Asn1OctetString octets ? octets.GetOctets() : null;
        return algorithm => attached is null ? null : DigestAlgorithms.Compute(algorithm, attached);
    }

    private static ValidationReport Report(
        List<ValidationCheck> checks, NcaCertificate? signer, SigningTime? signingTime, IReadOnlyList<ValidationEvidence> evidence)
    {
        var (indication, subIndication) = ValidationReport.Summarize(checks);
        return new ValidationReport
        {
            Indication = indication,
            SubIndication = subIndication,
            Checks = checks,
            Signer = signer?.ToSignerIdentity(),
            BestSigningTime = signingTime?.Time,
            BestSigningTimeSource = signingTime?.Source,
            Evidence = evidence,
        };
    }

    private static ValidationReport FormatFailure(string reason) => Report(
        [new ValidationCheck(ValidationCheckNames.Format, CheckStatus.Failed, $"The CMS cannot be read: {reason}.", SubIndication.FormatFailure)],
        null, null, []);

    private sealed record SignerValidation(
        SignerInfo Signer,
        IReadOnlyList<Org.BouncyCastle.X509.X509Certificate> Certificates,
        string ContentType,
        Func<DigestAlgorithm, byte[]?> ContentDigest);
}
