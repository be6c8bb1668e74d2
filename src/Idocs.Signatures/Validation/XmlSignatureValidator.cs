using Idocs.Signatures.Certificates;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Xml;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Validation;

/// <summary>
/// Verifies an XMLDSig document and replaces each signature's open certificate-chain check with
/// the trust evaluator's chain and revocation checks. XMLDSig as NCALayer makes it carries no
/// timestamp, so the validation time is the current time and is not proven.
/// </summary>
public sealed class XmlSignatureValidator(
    XmlSignatureVerifier verifier,
    ICertificateTrustEvaluator trustEvaluator,
    TimeProvider clock)
{
    public async Task<XmlVerificationResult> ValidateAsync(
        ReadOnlyMemory<byte> xml, XmlSignatureVerificationOptions? options, CancellationToken cancellationToken)
    {
        var verified = verifier.Verify(xml, options);
        if (verified.Rejection is not null && verified.Signatures.Count == 0)
        {
            return verified;
        }

        var signatures = new List<XmlSignatureResult>();
        foreach (var signature in verified.Signatures)
        {
            signatures.Add(await JudgeAsync(signature, cancellationToken).ConfigureAwait(false));
        }

        var checks = verified.Report.Checks
            .Where(check => check.Name is not (ValidationCheckNames.CertificateChain or ValidationCheckNames.Revocation))
            .Concat(signatures.SelectMany(s => s.Report.Checks.Where(IsTrustCheck)))
            .ToList();
        var (indication, subIndication) = ValidationReport.Summarize(checks);
        var report = verified.Report with
        {
            Indication = indication,
            SubIndication = subIndication,
            Checks = checks,
            Evidence = [.. verified.Report.Evidence, .. signatures.SelectMany(s => s.Report.Evidence)],
        };
        return verified with { Report = report, Signatures = signatures };
    }

    private async Task<XmlSignatureResult> JudgeAsync(XmlSignatureResult signature, CancellationToken cancellationToken)
    {
        if (signature.Rejection is not null || signature.SignerCertificate is null)
        {
            return signature;
        }

        var certificate = new X509CertificateParser().ReadCertificate(signature.SignerCertificate);
        var evaluation = await trustEvaluator.EvaluateAsync(
            new TrustEvaluationRequest(certificate, CertificateRole.Signer, [], clock.GetUtcNow(), ValidationTimeIsProven: false),
            cancellationToken).ConfigureAwait(false);
        var checks = signature.Report.Checks.Where(check => !IsTrustCheck(check)).Concat(evaluation.Checks).ToList();
        var (indication, subIndication) = ValidationReport.Summarize(checks);
        var report = signature.Report with
        {
            Indication = indication,
            SubIndication = subIndication,
            Checks = checks,
            Evidence = [.. signature.Report.Evidence, .. evaluation.Evidence],
        };
        return signature with { Report = report };
    }

    private static bool IsTrustCheck(ValidationCheck check) =>
        check.Name is ValidationCheckNames.CertificateChain or ValidationCheckNames.Revocation;
}
