using System.Diagnostics;
using System.Globalization;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Uploads;
using Idocs.Storage.Documents;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Tests.Documents.Flow;

/// <summary>
/// Every file of the shared corpus uploaded as a document on PostgreSQL under a name that hides its
/// type: the MANIFEST's accepted files become documents, the rejected ones are refused with a
/// Russian message and leave no document, passport event or stored file behind.
/// </summary>
public sealed partial class PostgreSqlDocumentFlowTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "documents");

    /// <summary>The MANIFEST's rejections; every other file of the corpus is accepted.</summary>
    private static readonly Dictionary<string, string> CorpusRejections = new(StringComparer.Ordinal)
    {
        ["qpdf__20-pages.pdf"] = UploadErrorCodes.PasswordProtected,
        ["tika__testWORD_macros.docm"] = UploadErrorCodes.MacrosNotAllowed,
        ["tika__testEXCEL_macro.xlsm"] = UploadErrorCodes.MacrosNotAllowed,
        // The archive is scanned entry by entry, and its legacy testEXCEL.xls is refused.
        ["tika__test-documents.zip"] = UploadErrorCodes.LegacyOfficeFormat,
        ["tika__testWORD_truncated.docx"] = UploadErrorCodes.Damaged,
    };

    [Fact]
    public async Task Upload_EveryCorpusFile_AcceptedOrRejectedAsManifestSays()
    {
        var files = Directory.GetFiles(CorpusFolder).Where(path => Path.GetFileName(path) != "MANIFEST.md").Order(StringComparer.Ordinal).ToList();
        var stopwatch = Stopwatch.StartNew();
        var outcomes = new List<string>();

        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var content = await File.ReadAllBytesAsync(path, PostgreSqlFlowHarness.Cancellation);
            var rowsBefore = await CountRowsAsync();

            var created = await UploadAsync(content);

            if (CorpusRejections.TryGetValue(name, out var expectedCode))
            {
                outcomes.Add($"{name}: {created.Error?.Code}");
                Assert.Equal(expectedCode, created.Error?.Code);
                Assert.Matches("[А-Яа-яЁё]", created.Error!.Message);
                Assert.Equal(rowsBefore, await CountRowsAsync());
                Assert.Null(await StoredFileAsync(content));
            }
            else
            {
                outcomes.Add($"{name}: {(created.IsSuccess ? "accepted" : created.Error!.Code)}");
                Assert.True(created.IsSuccess, $"{name}: {created.Error}");
                Assert.NotNull(await StoredFileAsync(content));
            }
        }

        Assert.Equal(24, files.Count);
        Assert.Equal(CorpusRejections.Count, outcomes.Count(outcome => !outcome.EndsWith(": accepted", StringComparison.Ordinal)));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(1), $"Uploading the corpus took {stopwatch.Elapsed}: {string.Join("; ", outcomes)}");
    }

    private Task<Idocs.Common.Results.Result<Document>> UploadAsync(byte[] content) =>
        _harness.InProfileAsync<CreateDocument, Idocs.Common.Results.Result<Document>>(
            A,
            service => service.CreateAsync(
                new CreateDocumentCommand(
                    PostgreSqlFlowHarness.AuthorA,
                    DocumentKind.Internal,
                    $"C-{Guid.NewGuid():N}",
                    new DateOnly(2026, 12, 5),
                    "Файл из набора",
                    [new IncomingFile("upload.bin", new MemoryStream(content))],
                    null,
                    [],
                    null,
                    new Dictionary<string, string>(StringComparer.Ordinal),
                    "127.0.0.1"),
                CultureInfo.GetCultureInfo("ru-RU"),
                PostgreSqlFlowHarness.Cancellation));

    private async Task<(int Documents, int Files, int PassportEvents)> CountRowsAsync()
    {
        await using var context = database.CreateDbContext();
        return (
            await context.Set<DocumentRow>().IgnoreQueryFilters().CountAsync(PostgreSqlFlowHarness.Cancellation),
            await context.Set<DocumentFileRow>().IgnoreQueryFilters().CountAsync(PostgreSqlFlowHarness.Cancellation),
            await context.Set<PassportEventRow>().IgnoreQueryFilters().CountAsync(PostgreSqlFlowHarness.Cancellation));
    }
}
