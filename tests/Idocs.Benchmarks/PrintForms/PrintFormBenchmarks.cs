using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Idocs.PrintForms;
using Idocs.PrintForms.Fonts;
using Idocs.PrintForms.Forms;
using Idocs.PrintForms.Model;
using Idocs.Signatures.Reports;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Idocs.Benchmarks.PrintForms;

/// <summary>
/// Print forms per second: a one-page form with two QR codes (a cover page for a non-PDF
/// original), and a form that copies a 20-page PDF original before its signature sheet.
/// Run: dotnet run -c Release --project tests/Idocs.Benchmarks -- --filter '*PrintFormBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OperationsPerSecondConfig))]
public class PrintFormBenchmarks
{
    private PrintFormRenderer _renderer = null!;
    private PrintFormRequest _onePageTwoSignatures = null!;
    private PrintFormRequest _twentyPagePdf = null!;

    [GlobalSetup]
    public void Setup()
    {
        _renderer = new PrintFormRenderer(
            Options.Create(new PrintFormOptions { VerificationBaseUrl = new Uri("https://idocs.kz") }),
            TimeProvider.System,
            NullLogger<PrintFormRenderer>.Instance);

        var docx = RandomNumberGenerator.GetBytes(20_000);
        _onePageTwoSignatures = new PrintFormRequest(
            Document(docx, "act.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            [Signature("НҰРЛАНОВА ӘЛИЯ", "abc123"), Signature("ҮСЕНОВ ҚАЙРАТ", "def456")],
            docx);

        var pdf = TwentyPagePdf();
        _twentyPagePdf = new PrintFormRequest(
            Document(pdf, "contract.pdf", PrintFormRenderer.PdfMediaType),
            [Signature("НҰРЛАНОВА ӘЛИЯ", "abc123"), Signature("ҮСЕНОВ ҚАЙРАТ", "def456")],
            pdf);

        // A benchmark of the wrong shape measures nothing useful, so the setup checks the shapes.
        Require(_renderer.Render(_onePageTwoSignatures), expectedPages: 1);
        Require(_renderer.Render(_twentyPagePdf), expectedPages: 21);
    }

    [Benchmark(Description = "1 page, 2 QR codes")]
    public byte[] OnePageTwoQrCodes() => _renderer.Render(_onePageTwoSignatures).Value!.Pdf;

    [Benchmark(Description = "20-page PDF original + sheet")]
    public byte[] TwentyPagePdfOriginal() => _renderer.Render(_twentyPagePdf).Value!.Pdf;

    private static void Require(Idocs.Common.Results.Result<RenderedPrintForm> result, int expectedPages)
    {
        if (!result.IsSuccess || result.Value.PageCount != expectedPages)
        {
            throw new InvalidOperationException($"Expected a {expectedPages}-page print form, got {result.Value?.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? result.Error?.ToString()}.");
        }
    }

    private static PrintDocumentInfo Document(byte[] original, string fileName, string mediaType) => new(
        Guid.CreateVersion7(),
        "Договор поставки № 42",
        "42",
        DateTimeOffset.UtcNow,
        "ТОО «Пример»",
        fileName,
        mediaType,
        original.Length,
        Convert.ToHexStringLower(SHA256.HashData(original)),
        ["ТОО «Пример»", "АО «Контрагент»"]);

    private static PrintSignature Signature(string name, string verificationId) => new(
        name,
        "900101400123",
        "120340012345",
        "ТОО «Пример»",
        "Директор",
        "GOST 34.310-2004",
        "7a0e33c1d2f4b6a8c0e2f4a6b8d0f2a4c6e8a0b2",
        "CN=Idocs Test CA (GOST), O=Idocs, C=KZ",
        DateTimeOffset.UtcNow.AddDays(-100),
        DateTimeOffset.UtcNow.AddDays(265),
        DateTimeOffset.UtcNow.AddHours(-2),
        DateTimeOffset.UtcNow.AddHours(-2),
        Indication.TotalPassed,
        verificationId);

    // Twenty A4 pages of text, roughly the weight of a typed contract.
    private static byte[] TwentyPagePdf()
    {
        PrintFonts.EnsureRegistered();
        using var document = new PdfDocument();
        var font = new XFont(PrintFonts.FamilyName, 10);
        for (var pageNumber = 1; pageNumber <= 20; pageNumber++)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            for (var line = 0; line < 50; line++)
            {
                graphics.DrawString($"Страница {pageNumber}, пункт {line + 1}: стороны договорились о поставке товара.", font, XBrushes.Black, 50, 50 + (line * 14));
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private sealed class OperationsPerSecondConfig : ManualConfig
    {
        public OperationsPerSecondConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
