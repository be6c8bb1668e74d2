using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Uploads;
using Idocs.Signatures.Reports;

namespace Idocs.PrintForms.Evidence;

/// <summary>
/// Loads a recorded signature's file and its validation report. The report is read from the file
/// store under <see cref="RecordedSignature.ReportReference"/> when that is a file key; otherwise
/// the signature is validated again over the original.
/// </summary>
public sealed class SignatureEvidenceReader(IFileStore files, SignatureFileVerifier verifier)
{
    public async Task<Result<SignatureEvidence>> ReadAsync(
        RecordedSignature recorded, byte[] original, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(original);

        var signature = await files.GetAsync(recorded.SignatureSha256, cancellationToken).ConfigureAwait(false);
        if (signature is null || Convert.ToHexStringLower(SHA256.HashData(signature)) != recorded.SignatureSha256)
        {
            return new Error(
                EvidenceErrorCodes.StoredFileMissing,
                $"The stored bytes of signature {recorded.Id} (file {recorded.SignatureSha256}) are missing or changed.");
        }

        var stored = await ReadStoredReportAsync(recorded.ReportReference, cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            return new SignatureEvidence(recorded, signature, stored, ReportIsStored: true);
        }

        var reports = await verifier.VerifyAsync(signature, original, cancellationToken).ConfigureAwait(false);
        var report = reports.FirstOrDefault(item => SameSerial(item.Signer?.CertificateSerial, recorded.CertificateSerial)) ?? reports[0];
        return new SignatureEvidence(recorded, signature, report, ReportIsStored: false);
    }

    private async Task<ValidationReport?> ReadStoredReportAsync(string reference, CancellationToken cancellationToken)
    {
        if (!IsFileKey(reference))
        {
            return null;
        }

        var json = await files.GetAsync(reference, cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ValidationReport>(json, ReportJson.Options);
        }
        catch (JsonException)
        {
            // NOTE: an unreadable stored report is replaced by a fresh validation, so the archive
            // does not show which report the platform kept at acceptance time.
            return null;
        }
    }

    private static bool IsFileKey(string? reference) =>
        reference is { Length: 64 } && reference.All(character => char.IsAsciiDigit(character) || character is >= 'a' and <= 'f');

    private static bool SameSerial(string? left, string right) =>
        left is not null && string.Equals(left.TrimStart('0'), right.TrimStart('0'), StringComparison.OrdinalIgnoreCase);
}
