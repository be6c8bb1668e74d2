using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Documents.Uploads;
using Idocs.Signatures.Certificates;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Reports;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Security.Certificates;
using Org.BouncyCastle.X509;

namespace Idocs.Documents.Signing;

/// <summary>
/// Verifies a detached CMS with the signature library (cryptography, chain to the configured
/// anchors, validity at signing time, OCSP then CRL revocation, key usage), reads the signer
/// certificate's NCA profile for the signing gates, and stores the full validation report as JSON
/// in the file store under its SHA-256, which becomes the report reference.
/// </summary>
public sealed class CmsSignatureAcceptance(CmsSignatureVerifier verifier, NcaCertificateReader certificates, IFileStore files)
    : ISignatureAcceptancePort
{
    public async Task<SignatureVerificationReport> VerifyDetachedAsync(
        ReadOnlyMemory<byte> content, ReadOnlyMemory<byte> signature, CancellationToken cancellationToken)
    {
        var reports = await verifier.VerifyAsync(signature, CmsContent.FromBytes(content.ToArray()), cancellationToken);
        var reportJson = JsonSerializer.SerializeToUtf8Bytes(reports);
        var reference = Convert.ToHexStringLower(SHA256.HashData(reportJson));
        await files.PutAsync(reference, reportJson, cancellationToken);

        if (reports.Count != 1)
        {
            return new SignatureVerificationReport(
                SignatureReportStatus.Failed, reference, null, $"the CMS has {reports.Count} signers; send one signature per request");
        }

        var report = reports[0];
        var signer = ReadSigner(signature, report);
        var status = report.Indication switch
        {
            Indication.TotalPassed => SignatureReportStatus.Passed,
            Indication.TotalFailed => SignatureReportStatus.Failed,
            _ => SignatureReportStatus.Indeterminate,
        };
        var reason = report.Checks.FirstOrDefault(check => check.Status is CheckStatus.Failed)?.Reason
            ?? report.Checks.FirstOrDefault(check => check.Status is CheckStatus.Indeterminate)?.Reason;
        return new SignatureVerificationReport(status, reference, signer, status == SignatureReportStatus.Passed ? null : reason);
    }

    private SignerFacts? ReadSigner(ReadOnlyMemory<byte> signature, ValidationReport report)
    {
        if (report.Signer is null)
        {
            return null;
        }

        X509Certificate? certificate;
        try
        {
            certificate = new CmsSignedData(signature.ToArray()).GetCertificates().EnumerateMatches(null)
                .FirstOrDefault(candidate => string.Equals(
                    candidate.SerialNumber.ToString(16), report.Signer.CertificateSerial, StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception exception) when (exception is CmsException or CertificateException or ArgumentException or IOException)
        {
            return null;
        }

        if (certificate is null)
        {
            return null;
        }

        var profile = certificates.Read(certificate);
        if (!profile.IsSuccess)
        {
            return null;
        }

        var nca = profile.Value!;
        return new SignerFacts
        {
            SerialNumber = nca.SerialNumber,
            Iin = nca.Iin ?? string.Empty,
            Bin = nca.Bin,
            SubjectKind = nca.SubjectKind == NcaSubjectKind.Individual ? CertificateSubjectKind.Individual : CertificateSubjectKind.LegalEntity,
            Role = nca.Roles.Contains(NcaRole.FirstHead) ? CertificateRole.FirstHead
                : nca.Roles.Contains(NcaRole.RightToSign) ? CertificateRole.SignRight
                : CertificateRole.None,
            KeyUsage = nca.KeyPurposes.HasFlag(NcaKeyPurposes.Signing) ? CertificateKeyUsage.Signing : CertificateKeyUsage.Authentication,
            Revocation = RevocationOf(report),
        };
    }

    private static RevocationStatus RevocationOf(ValidationReport report)
    {
        var revocation = report.Checks.FirstOrDefault(check => check.Name == ValidationCheckNames.Revocation);
        return revocation switch
        {
            { Status: CheckStatus.Passed } => RevocationStatus.Good,
            { Status: CheckStatus.Failed, SubIndication: SubIndication.Revoked or SubIndication.RevokedNoPoe } => RevocationStatus.Revoked,
            _ => RevocationStatus.Unknown,
        };
    }
}
