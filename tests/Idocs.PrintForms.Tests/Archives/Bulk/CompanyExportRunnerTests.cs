using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;
using Idocs.Documents.Uploads;
using Idocs.PrintForms.Archives;
using Idocs.PrintForms.Archives.Bulk;
using Idocs.PrintForms.Evidence;
using Idocs.PrintForms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.PrintForms.Tests.Archives.Bulk;

public sealed class CompanyExportRunnerTests(SignedDocumentFixture fixture) : IClassFixture<SignedDocumentFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_OneBrokenDocument_CompletesWithHashes()
    {
        var broken = await AddDocumentWithoutStoredFileAsync();
        var (export, zipPath) = await StartAndRunAsync();

        Assert.Equal(CompanyExportStatus.Completed, export.Status);
        Assert.Equal(2, export.TotalDocuments);
        Assert.Equal(2, export.ProcessedDocuments);
        Assert.Equal(1, export.FailedDocuments);
        var bytes = await File.ReadAllBytesAsync(zipPath, Token);
        Assert.Equal(export.ArchiveSha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(export.ArchiveSize, bytes.Length);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        var manifest = await ReadManifestAsync(zip.GetEntry(ArchiveManifest.FileName)!);
        var documentEntry = Assert.Single(manifest.Files);
        Assert.Equal(ArchiveEntryKinds.DocumentArchive, documentEntry.Kind);
        Assert.Contains(fixture.DocumentId.ToString("D"), documentEntry.Path, StringComparison.Ordinal);
        Assert.Contains(manifest.Notes, note => note.Contains(broken.ToString("D"), StringComparison.Ordinal));

        await using var nested = await zip.GetEntry(documentEntry.Path)!.OpenAsync(Token);
        using var nestedCopy = new MemoryStream();
        await nested.CopyToAsync(nestedCopy, Token);
        Assert.Equal(documentEntry.Sha256, Convert.ToHexStringLower(SHA256.HashData(nestedCopy.ToArray())));
        using var documentZip = new ZipArchive(new MemoryStream(nestedCopy.ToArray()));
        Assert.NotNull(documentZip.GetEntry(ArchiveManifest.FileName));
    }

    [Fact]
    public async Task RunAsync_Progress_SavedAfterEveryDocument()
    {
        var (export, _) = await StartAndRunAsync();

        var progress = fixture.Exports.History.Where(item => item.Id == export.Id).Select(item => (item.Status, item.ProcessedDocuments)).ToList();
        Assert.Equal((CompanyExportStatus.Queued, 0), progress[0]);
        Assert.Equal((CompanyExportStatus.Running, 0), progress[1]);
        Assert.Contains((CompanyExportStatus.Running, 1), progress);
        Assert.Equal(CompanyExportStatus.Completed, progress[^1].Status);
    }

    [Fact]
    public async Task StartAsync_ReadOnlyYear_Allowed()
    {
        using var scope = fixture.Services.CreateScope();
        var start = scope.ServiceProvider.GetRequiredService<StartCompanyExport>();

        var result = await start.StartAsync(Guid.CreateVersion7(), Guid.CreateVersion7(), DateTimeOffset.UtcNow.AddDays(-200), Token);

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public async Task StartAsync_AfterReadOnlyYear_Refused()
    {
        using var scope = fixture.Services.CreateScope();
        var start = scope.ServiceProvider.GetRequiredService<StartCompanyExport>();

        var result = await start.StartAsync(Guid.CreateVersion7(), Guid.CreateVersion7(), DateTimeOffset.UtcNow.AddDays(-400), Token);

        Assert.Equal(Idocs.PrintForms.Retention.RetentionErrorCodes.AccessEnded, result.Error?.Code);
    }

    private async Task<(CompanyExport Export, string ZipPath)> StartAndRunAsync()
    {
        using var scope = fixture.Services.CreateScope();
        var started = await scope.ServiceProvider.GetRequiredService<StartCompanyExport>().StartAsync(fixture.OwnerProfileId, Guid.CreateVersion7(), null, Token);
        Assert.True(started.IsSuccess, started.Error?.ToString());
        CompanyExport? claimed;
        do
        {
            // Other tests of the class may have queued exports of other profiles; run them too.
            claimed = await fixture.Exports.ClaimNextAsync(DateTimeOffset.UtcNow, Token);
            Assert.NotNull(claimed);
            await scope.ServiceProvider.GetRequiredService<CompanyExportRunner>().RunAsync(claimed, Token);
        }
        while (claimed.Id != started.Value.Id);

        var runner = scope.ServiceProvider.GetRequiredService<CompanyExportRunner>();
        return ((await fixture.Exports.FindAsync(started.Value.Id, Token))!, runner.ArchivePath(started.Value.Id));
    }

    private async Task<Guid> AddDocumentWithoutStoredFileAsync()
    {
        var existing = await fixture.Documents.FindAsync(fixture.DocumentId, Token);
        var id = Guid.CreateVersion7();
        var snapshot = existing!.ToSnapshot() with
        {
            Id = id,
            Number = "18/2026",
            Status = DocumentStatus.Draft,
            CreatedAt = DateTimeOffset.UtcNow.AddSeconds(1),
            Files = [new DocumentFile(new string('e', 64), "lost.pdf", DetectedContentType.Pdf, 10)],
            Signatures = [],
        };
        await fixture.Documents.AddAsync(Document.Restore(snapshot), Token);
        return id;
    }

    private static async Task<ArchiveManifest> ReadManifestAsync(ZipArchiveEntry entry)
    {
        await using var stream = await entry.OpenAsync(Token);
        return (await JsonSerializer.DeserializeAsync<ArchiveManifest>(stream, ReportJson.Options, Token))!;
    }
}
