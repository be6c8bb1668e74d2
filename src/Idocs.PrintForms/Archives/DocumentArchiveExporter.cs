using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Profiles;
using Idocs.Documents.Uploads;
using Idocs.PrintForms.Evidence;
using Idocs.PrintForms.Forms;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Passports;
using Microsoft.Extensions.Logging;

namespace Idocs.PrintForms.Archives;

/// <summary>
/// Writes one document's archive (ZIP): each original file, each signature as the party produced
/// it (<c>.p7s</c> or <c>.xml</c>), each validation report (JSON), a print form per original, the
/// passport as PDF and JSON, and <c>manifest.json</c> with the SHA-256 of every other entry.
/// Entries are streamed to the output one at a time, so memory holds one original with its
/// signatures and print form, not the archive. Without a profile store the owner's name is the
/// BIN or IIN of the owner's signers, or the profile id.
/// </summary>
public sealed partial class DocumentArchiveExporter(
    IDocumentStore documents,
    IPassportStore passport,
    IFileStore files,
    SignatureEvidenceReader signatures,
    PrintFormRenderer printForms,
    PassportRenderer passports,
    TimeProvider clock,
    ILogger<DocumentArchiveExporter> logger,
    IProfileStore? profiles = null)
{
    public async Task<Result<ArchiveManifest>> ExportAsync(
        Guid documentId, Stream output, PrintLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);

        var document = await documents.FindAsync(documentId, cancellationToken).ConfigureAwait(false);
        if (document is null || document.IsDeleted)
        {
            return new Error(CommonErrorCodes.NotFound, $"Document {documentId} was not found.");
        }

        var ownerName = await OwnerNames.FindAsync(profiles, document, cancellationToken).ConfigureAwait(false);
        var events = await passport.ListAsync(document.Id, cancellationToken).ConfigureAwait(false);
        var chain = PassportVerifier.Verify(document.Id, events);
        var notes = new List<string>();
        if (!chain.IsIntact)
        {
            notes.Add($"The passport's hash chain is broken at event {chain.FirstBrokenSequence}: {chain.Problem}.");
        }

        var exportedAt = clock.GetUtcNow();
        var writer = await ArchiveZipWriter.CreateAsync(output, exportedAt, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            var allSignatures = new List<SignatureEvidence>();
            for (var index = 0; index < document.Files.Count; index++)
            {
                var written = await WriteFileAsync(writer, document, index, ownerName, language, notes, cancellationToken).ConfigureAwait(false);
                if (!written.IsSuccess)
                {
                    return written.Error;
                }

                allSignatures.AddRange(written.Value);
            }

            var passportWritten = await WritePassportAsync(writer, document, ownerName, events, chain, allSignatures, language, cancellationToken).ConfigureAwait(false);
            if (!passportWritten.IsSuccess)
            {
                return passportWritten.Error;
            }

            var manifest = new ArchiveManifest(
                ArchiveManifest.CurrentFormat, document.Id, document.Title, exportedAt, [.. writer.Entries], notes);
            await writer.WriteManifestAsync(manifest, cancellationToken).ConfigureAwait(false);
            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            LogExported(document.Id, manifest.Files.Count);
            return manifest;
        }
    }

    private async Task<Result<IReadOnlyList<SignatureEvidence>>> WriteFileAsync(
        ArchiveZipWriter writer, Document document, int index, string ownerName, PrintLanguage language, List<string> notes, CancellationToken cancellationToken)
    {
        var file = document.Files[index];
        var number = (index + 1).ToString("00", CultureInfo.InvariantCulture);
        var original = await files.GetAsync(file.Sha256, cancellationToken).ConfigureAwait(false);
        if (original is null || Convert.ToHexStringLower(SHA256.HashData(original)) != file.Sha256)
        {
            return new Error(
                EvidenceErrorCodes.StoredFileMissing,
                $"The stored bytes of file '{file.FileName}' ({file.Sha256}) of document {document.Id} are missing or changed; the archive was not completed.");
        }

        var fileName = ArchiveEntryNames.Safe(file.FileName, $"file-{number}");
        await writer.AddAsync($"original/{number}-{fileName}", ArchiveEntryKinds.Original, original, file.FileName, cancellationToken).ConfigureAwait(false);

        var evidence = new List<SignatureEvidence>();
        var signatureNumber = 0;
        foreach (var recorded in document.Signatures.Where(signature => signature.FileSha256 == file.Sha256))
        {
            var read = await signatures.ReadAsync(recorded, original, cancellationToken).ConfigureAwait(false);
            if (!read.IsSuccess)
            {
                return read.Error;
            }

            signatureNumber++;
            var item = read.Value;
            evidence.Add(item);
            var stem = $"{number}-{signatureNumber:00}-{ArchiveEntryNames.Safe(recorded.SignerIin, "signer")}";
            var description = $"{item.Report.Signer?.CommonName ?? recorded.SignerIin} on {file.FileName}";
            await writer.AddAsync($"signatures/{stem}{SignatureFiles.Extension(item.Format)}", ArchiveEntryKinds.Signature, item.Signature, description, cancellationToken).ConfigureAwait(false);
            var reportJson = JsonSerializer.SerializeToUtf8Bytes(item.Report, ReportJson.Options);
            var reportDescription = item.ReportIsStored ? description : $"{description}; validated again at export because no stored report was found";
            await writer.AddAsync($"reports/{stem}.json", ArchiveEntryKinds.ValidationReport, reportJson, reportDescription, cancellationToken).ConfigureAwait(false);
        }

        var request = new PrintFormRequest(
            EvidenceMapper.DocumentInfo(document, file, ownerName),
            evidence.Select(item => EvidenceMapper.Signature(item, document.Id)).ToList(),
            original,
            language);
        var printForm = printForms.Render(request);
        if (!printForm.IsSuccess)
        {
            return printForm.Error;
        }

        if (printForm.Value.OriginalNotEmbedded is { } notEmbedded)
        {
            notes.Add($"The print form of '{file.FileName}' has a cover page instead of the original's pages: {notEmbedded.Message}");
        }

        var printFormName = Path.ChangeExtension($"{number}-{fileName}", ".pdf");
        await writer.AddAsync($"print-forms/{printFormName}", ArchiveEntryKinds.PrintForm, printForm.Value.Pdf, file.FileName, cancellationToken).ConfigureAwait(false);
        return Result<IReadOnlyList<SignatureEvidence>>.Success(evidence);
    }

    private async Task<Result> WritePassportAsync(
        ArchiveZipWriter writer,
        Document document,
        string ownerName,
        IReadOnlyList<PassportEvent> events,
        PassportVerification chain,
        IReadOnlyList<SignatureEvidence> evidence,
        PrintLanguage language,
        CancellationToken cancellationToken)
    {
        var head = events.Count == 0 ? PassportChain.GenesisHash : events[^1].Hash;
        var mainFile = document.Files[0];
        var rendered = passports.Render(new PassportRequest(
            EvidenceMapper.DocumentInfo(document, mainFile, ownerName),
            EvidenceMapper.PassportEvents(events, evidence),
            head,
            language));
        if (!rendered.IsSuccess)
        {
            return rendered.Error;
        }

        await writer.AddAsync("passport/passport.pdf", ArchiveEntryKinds.PassportPdf, rendered.Value.Pdf, null, cancellationToken).ConfigureAwait(false);
        var json = JsonSerializer.SerializeToUtf8Bytes(new PassportExport(document.Id, head, chain, events), ReportJson.Options);
        await writer.AddAsync("passport/passport.json", ArchiveEntryKinds.PassportJson, json, null, cancellationToken).ConfigureAwait(false);
        return Result.Success();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive of document {DocumentId} exported with {EntryCount} files")]
    private partial void LogExported(Guid documentId, int entryCount);
}
