using System.Security.Cryptography;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Profiles;
using Idocs.Documents.Tenancy;
using Idocs.Documents.Uploads;
using Idocs.PrintForms.Evidence;
using Idocs.Signatures.Reports;

namespace Idocs.PrintForms.Verification;

/// <summary>
/// The checks behind the public verification page and API, open to anyone with a verification
/// link: describe the document, tell whether an uploaded file is exactly a signed file, and
/// validate an uploaded signature file against the stored original. Callers have no session, so
/// each check enters the document owner's profile for the length of the request's scope.
/// </summary>
public sealed class PublicVerification(
    IDocumentStore documents,
    IFileStore files,
    SignatureEvidenceReader evidence,
    SignatureFileVerifier verifier,
    IDocumentOwnerLookup owners,
    ITenantContext tenant,
    IProfileStore? profiles = null)
{
    private const int MaxEchoedIdLength = 40;

    public async Task<Result<PublicDocumentView>> DescribeAsync(string verificationId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(verificationId, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var document = found.Value;
        var parties = new List<string> { await OwnerNames.FindAsync(profiles, document, cancellationToken).ConfigureAwait(false) };

        if (document.Counterparty is not null)
        {
            parties.Add(document.Counterparty.Name);
        }

        var signatures = new List<PublicSignatureView>();
        foreach (var file in document.Files)
        {
            var onFile = document.Signatures.Where(signature => signature.FileSha256 == file.Sha256).ToList();
            if (onFile.Count == 0)
            {
                continue;
            }

            var original = await ReadOriginalAsync(document, file, cancellationToken).ConfigureAwait(false);
            if (!original.IsSuccess)
            {
                return original.Error;
            }

            foreach (var recorded in onFile)
            {
                var read = await evidence.ReadAsync(recorded, original.Value, cancellationToken).ConfigureAwait(false);
                if (!read.IsSuccess)
                {
                    return read.Error;
                }

                signatures.Add(View(read.Value, file.FileName));
            }
        }

        return new PublicDocumentView(
            verificationId,
            document.Title,
            string.IsNullOrWhiteSpace(document.Number) ? null : document.Number,
            parties,
            document.Files.Select(file => new PublicFileView(file.FileName, file.Sha256)).ToList(),
            signatures);
    }

    /// <summary>Hashes the upload as it streams in and compares the digest with every signed file's.</summary>
    public async Task<Result<FileCheckResult>> CheckFileAsync(
        string verificationId, Stream upload, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);

        var found = await FindAsync(verificationId, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await upload.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            hash.AppendData(buffer, 0, read);
        }

        if (total == 0)
        {
            return Empty();
        }

        var digest = Convert.ToHexStringLower(hash.GetHashAndReset());
        var match = found.Value.Files.FirstOrDefault(file => file.Sha256 == digest);
        return new FileCheckResult(match is not null, digest, match?.FileName);
    }

    /// <summary>
    /// Validates an uploaded CMS against the document's stored file it was made over (the one
    /// whose digest it carries) or an uploaded signed XML document on its own.
    /// </summary>
    public async Task<Result<SignatureCheckResult>> CheckSignatureAsync(
        string verificationId, Stream upload, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);

        var found = await FindAsync(verificationId, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var signature = await ReadBoundedAsync(upload, maxBytes, cancellationToken).ConfigureAwait(false);
        if (!signature.IsSuccess)
        {
            return signature.Error;
        }

        IReadOnlyList<ValidationReport>? first = null;
        foreach (var file in found.Value.Files)
        {
            var original = await ReadOriginalAsync(found.Value, file, cancellationToken).ConfigureAwait(false);
            if (!original.IsSuccess)
            {
                return original.Error;
            }

            var reports = await verifier.VerifyAsync(signature.Value, original.Value, cancellationToken).ConfigureAwait(false);
            first ??= reports;

            // A CMS made over another of the document's files fails only its message digest; try the next file.
            var digestFailed = reports.Any(report => report.Checks.Any(check => check.Name == ValidationCheckNames.MessageDigest && check.Status == CheckStatus.Failed));
            if (!digestFailed || SignatureFiles.Detect(signature.Value) == SignatureFileFormat.Xml)
            {
                return new SignatureCheckResult(Worst(reports), reports);
            }
        }

        return new SignatureCheckResult(Worst(first!), first!);
    }

    private async Task<Result<Document>> FindAsync(string verificationId, CancellationToken cancellationToken)
    {
        if (VerificationIds.TryParse(verificationId, out var documentId)
            && await owners.FindOwnerProfileIdAsync(documentId, cancellationToken).ConfigureAwait(false) is { } ownerProfileId)
        {
            // The scope belongs to this one anonymous request, so the profile is left entered for
            // the reads that follow (signatures, files, the owner's name).
            _ = tenant.EnterProfile(ownerProfileId);
            var document = await documents.FindAsync(documentId, cancellationToken).ConfigureAwait(false);
            if (document is not null && !document.IsDeleted)
            {
                return document;
            }
        }

        var shown = verificationId is { Length: > MaxEchoedIdLength } ? verificationId[..MaxEchoedIdLength] + "..." : verificationId;
        return new Error(
            CommonErrorCodes.NotFound,
            $"No document has the verification id '{shown}'; check the link or scan the QR code again.");
    }

    private async Task<Result<byte[]>> ReadOriginalAsync(Document document, DocumentFile file, CancellationToken cancellationToken)
    {
        var bytes = await files.GetAsync(file.Sha256, cancellationToken).ConfigureAwait(false);
        if (bytes is null || Convert.ToHexStringLower(SHA256.HashData(bytes)) != file.Sha256)
        {
            return new Error(
                EvidenceErrorCodes.StoredFileMissing,
                $"The stored bytes of file {file.Sha256} of document {document.Id} are missing or changed.");
        }

        return bytes;
    }

    private static async Task<Result<byte[]>> ReadBoundedAsync(Stream upload, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0 ? Empty() : buffer.ToArray();
    }

    private static PublicSignatureView View(SignatureEvidence item, string fileName)
    {
        var signer = item.Report.Signer;
        var timestamped = item.Report.BestSigningTimeSource == "timestamp" && item.Report.BestSigningTime is not null;
        return new PublicSignatureView(
            signer?.CommonName ?? item.Recorded.SignerBin ?? "—",
            signer?.Organization,
            signer?.Bin ?? item.Recorded.SignerBin,
            timestamped ? item.Report.BestSigningTime!.Value : item.Recorded.SignedAt,
            timestamped,
            item.Report.Indication,
            fileName);
    }

    private static Indication Worst(IReadOnlyList<ValidationReport> reports)
    {
        if (reports.Any(report => report.Indication == Indication.TotalFailed))
        {
            return Indication.TotalFailed;
        }

        return reports.Count > 0 && reports.All(report => report.Indication == Indication.TotalPassed) ? Indication.TotalPassed : Indication.Indeterminate;
    }

    private static Error TooLarge(long maxBytes) =>
        new(VerificationErrorCodes.InvalidUpload, $"The uploaded file is larger than {maxBytes} bytes, the limit of the verification page; check the file you chose.");

    private static Error Empty() =>
        new(VerificationErrorCodes.InvalidUpload, "The uploaded file is empty; choose the file to check.");
}
