using System.Globalization;
using System.IO.Compression;
using Idocs.Common.Results;
using Idocs.Documents.Tenancy;
using Idocs.PrintForms.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Idocs.PrintForms.Archives.Bulk;

/// <summary>
/// Writes a claimed bulk export: one ZIP holding each document's archive as
/// <c>documents/{n}-{documentId}.zip</c> and a <c>manifest.json</c> with their SHA-256, saving
/// progress after every document. Each document is exported in its own service scope and
/// through a temporary file, so neither memory nor a storage context grows with the company's size,
/// and a document that fails leaves no half-written entry behind.
/// </summary>
public sealed partial class CompanyExportRunner(
    ICompanyExportStore exports,
    ICompanyDocumentLister lister,
    IServiceScopeFactory scopes,
    IOptions<CompanyExportOptions> options,
    TimeProvider clock,
    ILogger<CompanyExportRunner> logger)
{
    public const string PartialSuffix = ".partial";

    /// <summary>The finished ZIP of an export.</summary>
    public string ArchivePath(Guid exportId) => Path.Combine(Path.GetFullPath(options.Value.Folder), $"{exportId:N}.zip");

    public async Task<CompanyExport> RunAsync(CompanyExport claimed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);

        var export = claimed;
        var target = ArchivePath(export.Id);
        var partial = target + PartialSuffix;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var documentIds = new List<Guid>();
            await foreach (var documentId in lister.ListDocumentIdsAsync(export.OwnerProfileId, cancellationToken).ConfigureAwait(false))
            {
                documentIds.Add(documentId);
            }

            export = await SaveAsync(export with { TotalDocuments = documentIds.Count }, cancellationToken).ConfigureAwait(false);
            LogStarted(export.Id, export.OwnerProfileId, documentIds.Count);

            var (size, sha256) = await WriteArchiveAsync(export, documentIds, partial, progress => export = progress, cancellationToken).ConfigureAwait(false);
            File.Move(partial, target, overwrite: true);
            export = await SaveAsync(
                export with { Status = CompanyExportStatus.Completed, CompletedAt = clock.GetUtcNow(), ArchiveSize = size, ArchiveSha256 = sha256 },
                cancellationToken).ConfigureAwait(false);
            LogCompleted(export.Id, export.ProcessedDocuments, export.FailedDocuments);
            return export;
        }
        // NOTE: a shutdown (OperationCanceledException) leaves the export Running and its partial file
        // on disk. Nothing requeues such an export yet, so the user has to request a new one.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(exception, export.Id);
            File.Delete(partial);
            return await SaveAsync(
                export with { Status = CompanyExportStatus.Failed, CompletedAt = clock.GetUtcNow(), Error = $"The export stopped: {exception.Message}" },
                CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<(long Size, string Sha256)> WriteArchiveAsync(
        CompanyExport export, List<Guid> documentIds, string path, Action<CompanyExport> reportProgress, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            using var hashing = new HashingWriteStream(file);
            var writer = await ArchiveZipWriter.CreateAsync(hashing, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            await using (writer.ConfigureAwait(false))
            {
                for (var index = 0; index < documentIds.Count; index++)
                {
                    var failure = await AddDocumentAsync(writer, export.OwnerProfileId, documentIds[index], index + 1, cancellationToken).ConfigureAwait(false);
                    if (failure is not null)
                    {
                        notes.Add($"Document {documentIds[index]} was not exported: {failure.Message}");
                    }

                    export = await SaveAsync(
                        export with { ProcessedDocuments = index + 1, FailedDocuments = export.FailedDocuments + (failure is null ? 0 : 1) },
                        cancellationToken).ConfigureAwait(false);
                    reportProgress(export);
                }

                var manifest = new ArchiveManifest(
                    ArchiveManifest.CurrentFormat, null, $"Profile {export.OwnerProfileId}", clock.GetUtcNow(), [.. writer.Entries], notes);
                await writer.WriteManifestAsync(manifest, cancellationToken).ConfigureAwait(false);
                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            return (hashing.BytesWritten, hashing.FinishSha256());
        }
    }

    private async Task<Error?> AddDocumentAsync(ArchiveZipWriter writer, Guid ownerProfileId, Guid documentId, int number, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetFullPath(options.Value.Folder), $"{Guid.NewGuid():N}.tmp");
        try
        {
            Result<ArchiveManifest> exported;
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                // A worker has no session, so the scope acts in the exported profile.
                using var profile = scope.ServiceProvider.GetService<ITenantContext>()?.EnterProfile(ownerProfileId);
                var exporter = scope.ServiceProvider.GetRequiredService<DocumentArchiveExporter>();
                var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                await using (output.ConfigureAwait(false))
                {
                    exported = await exporter.ExportAsync(documentId, output, PrintLanguage.Russian, cancellationToken).ConfigureAwait(false);
                }
            }

            if (!exported.IsSuccess)
            {
                LogDocumentFailed(documentId, exported.Error.Code);
                return exported.Error;
            }

            var name = $"documents/{number.ToString("00000", CultureInfo.InvariantCulture)}-{documentId:D}.zip";
            await writer.AddAsync(name, ArchiveEntryKinds.DocumentArchive, exported.Value.Title, CompressionLevel.NoCompression, async (entry, token) =>
            {
                var input = new FileStream(temporary, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
                await using (input.ConfigureAwait(false))
                {
                    await input.CopyToAsync(entry, token).ConfigureAwait(false);
                }
            }, cancellationToken).ConfigureAwait(false);
            return null;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private async Task<CompanyExport> SaveAsync(CompanyExport export, CancellationToken cancellationToken)
    {
        var saved = await exports.UpdateAsync(export, cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess
            ? export
            : throw new InvalidOperationException($"Progress of export {export.Id} could not be saved: {saved.Error.Message}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulk export {ExportId} of profile {ProfileId} started with {DocumentCount} documents")]
    private partial void LogStarted(Guid exportId, Guid profileId, int documentCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulk export {ExportId} completed: {ProcessedCount} documents, {FailedCount} failed")]
    private partial void LogCompleted(Guid exportId, int processedCount, int failedCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} was left out of a bulk export: {ErrorCode}")]
    private partial void LogDocumentFailed(Guid documentId, string errorCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bulk export {ExportId} failed")]
    private partial void LogFailed(Exception exception, Guid exportId);
}
