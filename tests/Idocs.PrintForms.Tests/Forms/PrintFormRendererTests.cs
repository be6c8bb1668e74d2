using Idocs.Common.Results;
using Idocs.PrintForms.Forms;
using Idocs.PrintForms.Localization;
using Idocs.PrintForms.Tests.Support;
using Idocs.Signatures.Reports;
using UglyToad.PdfPig;

namespace Idocs.PrintForms.Tests.Forms;

public sealed class PrintFormRendererTests
{
    private const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const double A4Width = 595.28;
    private const double A4Height = 841.89;

    [Fact]
    public void Render_ThreeSignatures_ShowsSignerNamesAndIds()
    {
        var original = TestFiles.Read("sigex-ddc__embed-landscape.pdf");
        var request = SampleDocuments.Request(original, "act.pdf", PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var text = PdfText.AllText(result.Value.Pdf);
        foreach (var signature in request.Signatures)
        {
            Assert.Contains(signature.SignerName, text, StringComparison.Ordinal);
            Assert.Contains(signature.Iin!, text, StringComparison.Ordinal);
            if (signature.Bin is not null)
            {
                Assert.Contains(signature.Bin, text, StringComparison.Ordinal);
            }

            Assert.Contains(signature.CertificateSerial, text, StringComparison.Ordinal);
            Assert.Contains(signature.CertificateIssuer, text, StringComparison.Ordinal);
            Assert.Contains(signature.Algorithm, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_KazakhTitle_TextHasEveryKazakhLetter()
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var request = SampleDocuments.Request(original, "шарт.docx", DocxMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Contains(SampleDocuments.KazakhLetters, PdfText.AllText(result.Value.Pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ThreeSignatures_ShowsStatusesAndTimes()
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var request = SampleDocuments.Request(original, "шарт.docx", DocxMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var text = PdfText.AllText(result.Value.Pdf);
        Assert.Contains("Подпись действительна", text, StringComparison.Ordinal);
        Assert.Contains("Проверку не удалось завершить", text, StringComparison.Ordinal);
        Assert.Contains("02.12.2026 10:15:04 (UTC+00:00)", text, StringComparison.Ordinal);
        Assert.Contains("Главный бухгалтер", text, StringComparison.Ordinal);
        Assert.Contains("АО «Іле Сервис»", text, StringComparison.Ordinal);
        Assert.Contains("с 15.01.2026 00:00:00 (UTC+00:00) по", text, StringComparison.Ordinal);
        Assert.Contains("15.01.2027 00:00:00 (UTC+00:00)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Indication.TotalFailed, "Подпись недействительна")]
    [InlineData((Indication)99, "Проверку не удалось завершить")]
    public void Render_FailedOrUnknownStatus_IsNeverShownValid(Indication status, string expectedLabel)
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var signatures = SampleDocuments.ThreeSignatures().Select(signature => signature with { Status = status }).ToList();
        var request = SampleDocuments.Request(original, "шарт.docx", DocxMediaType) with { Signatures = signatures };

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var text = PdfText.AllText(result.Value.Pdf);
        Assert.Contains(expectedLabel, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Подпись действительна", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PdfOriginal_EveryQrCodeDecodesToItsLink()
    {
        if (!QrPageDecoder.IsAvailable)
        {
            Assert.Skip("pdftoppm (poppler-utils) is not installed.");
        }

        var original = TestFiles.Read("sigex-ddc__embed-landscape.pdf");
        var request = SampleDocuments.Request(original, "act.pdf", PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var decoded = DecodeSheet(result.Value);
        var expected = request.Signatures.Select(signature => SampleDocuments.ExpectedLink(signature, request.Document)).Order().ToList();
        Assert.Equal(expected, decoded.Order().ToList());
    }

    [Fact]
    public void Render_CoverPage_EveryQrCodeDecodesToItsLink()
    {
        if (!QrPageDecoder.IsAvailable)
        {
            Assert.Skip("pdftoppm (poppler-utils) is not installed.");
        }

        var original = TestFiles.Read("tika__testWORD.docx");
        var request = SampleDocuments.Request(original, "шарт.docx", DocxMediaType, PrintLanguage.Kazakh);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var decoded = DecodeSheet(result.Value);
        var expected = request.Signatures.Select(signature => SampleDocuments.ExpectedLink(signature, request.Document)).Order().ToList();
        Assert.Equal(expected, decoded.Order().ToList());
    }

    [Fact]
    public void Render_NonPdfOriginal_StartsWithA4CoverPage()
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var request = SampleDocuments.Request(original, "шарт.docx", DocxMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(0, result.Value.OriginalPageCount);
        Assert.Null(result.Value.OriginalNotEmbedded);
        using var pdf = PdfDocument.Open(result.Value.Pdf);
        var first = pdf.GetPage(1);
        Assert.Equal(A4Width, first.Width, 0.5);
        Assert.Equal(A4Height, first.Height, 0.5);
        Assert.Contains("Печатная форма электронного документа", first.Text, StringComparison.Ordinal);
        Assert.Contains(DocxMediaType, PdfText.AllText(result.Value.Pdf), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PrintLanguage.Russian, "Лист подписей", "ИИН")]
    [InlineData(PrintLanguage.Kazakh, "Қолтаңбалар парағы", "ЖСН")]
    [InlineData(PrintLanguage.English, "Signature sheet", "IIN")]
    public void Render_Language_UsesThatLanguagesLabels(PrintLanguage language, string sheetTitle, string iinLabel)
    {
        var original = TestFiles.Read("tika__testPDF_Version.8.x.pdf");
        var request = SampleDocuments.Request(original, "a.pdf", PrintFormRenderer.PdfMediaType, language);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var sheet = PdfText.PageTexts(result.Value.Pdf)[1];
        Assert.Contains(sheetTitle, sheet, StringComparison.Ordinal);
        Assert.Contains(iinLabel, sheet, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SheetPages_HaveFooterWithPageNumbers()
    {
        var original = TestFiles.Read("qpdf__11-pages-with-labels.pdf");
        var request = SampleDocuments.Request(original, "a.pdf", PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var pages = PdfText.PageTexts(result.Value.Pdf);
        var documentId = request.Document.DocumentId.ToString("D");
        Assert.Contains($"Документ {documentId} · страница 12 из {pages.Count}", pages[11], StringComparison.Ordinal);
        Assert.Contains($"страница {pages.Count} из {pages.Count}", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TwelveSignatures_SpansPagesKeepingAll()
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var template = SampleDocuments.ThreeSignatures()[1];
        var signatures = Enumerable.Range(1, 12)
            .Select(number => template with { SignerName = $"ПОДПИСАНТ {number:00}", VerificationId = $"id{number:00}" })
            .ToList();
        var request = SampleDocuments.Request(original, "шарт.docx", DocxMediaType) with { Signatures = signatures };

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.True(result.Value.PageCount >= 3, $"12 signatures fit on {result.Value.PageCount} pages.");
        var text = PdfText.AllText(result.Value.Pdf);
        for (var number = 1; number <= 12; number++)
        {
            Assert.Contains($"ПОДПИСАНТ {number:00}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_NoSignatures_SaysNotSignedYet()
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var request = SampleDocuments.Request(original, "шарт.docx", DocxMediaType) with { Signatures = [] };

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Contains("Документ ещё не подписан.", PdfText.AllText(result.Value.Pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Output_EmbedsDejaVuFontFiles()
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var request = SampleDocuments.Request(original, "шарт.docx", DocxMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        using var pdf = PdfDocument.Open(result.Value.Pdf);
        var fontNames = pdf.GetPages().SelectMany(page => page.Letters).Select(letter => letter.FontName).Distinct().ToList();
        // A six-letter tag and "+" before the name mark an embedded subset.
        Assert.All(fontNames, name => Assert.Matches(@"^[A-Z]{6}\+DejaVu Sans", name));
        var raw = System.Text.Encoding.Latin1.GetString(result.Value.Pdf);
        Assert.Contains("/FontFile2", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InvalidIin_ReturnsInvalidInput()
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var signatures = SampleDocuments.ThreeSignatures().ToList();
        signatures[0] = signatures[0] with { Iin = "90010140012X" };
        var request = SampleDocuments.Request(original, "шарт.docx", DocxMediaType) with { Signatures = signatures };

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.False(result.IsSuccess);
        Assert.Equal(CommonErrorCodes.InvalidInput, result.Error.Code);
        Assert.Contains("90010140012X", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_VerificationIdWithSlash_ReturnsInvalidInput()
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var signatures = SampleDocuments.ThreeSignatures().ToList();
        signatures[2] = signatures[2] with { VerificationId = "../admin" };
        var request = SampleDocuments.Request(original, "шарт.docx", DocxMediaType) with { Signatures = signatures };

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.False(result.IsSuccess);
        Assert.Equal(CommonErrorCodes.InvalidInput, result.Error.Code);
    }

    [Fact]
    public void Render_MalformedDigest_ReturnsInvalidInput()
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var request = SampleDocuments.Request(original, "шарт.docx", DocxMediaType);
        request = request with { Document = request.Document with { Sha256Hex = "abc" } };

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.False(result.IsSuccess);
        Assert.Equal(CommonErrorCodes.InvalidInput, result.Error.Code);
    }

    [Fact]
    public void Render_MissingBaseUrl_ReturnsInvalidOptions()
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var options = SampleDocuments.Options();
        options.VerificationBaseUrl = null;

        var result = SampleDocuments.PrintFormRenderer(options).Render(SampleDocuments.Request(original, "шарт.docx", DocxMediaType));

        Assert.False(result.IsSuccess);
        Assert.Equal(PrintFormErrorCodes.InvalidOptions, result.Error.Code);
    }

    [Fact]
    public void Render_UnknownTimeZone_ReturnsInvalidOptions()
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var options = SampleDocuments.Options();
        options.DisplayTimeZoneId = "Mars/Olympus";

        var result = SampleDocuments.PrintFormRenderer(options).Render(SampleDocuments.Request(original, "шарт.docx", DocxMediaType));

        Assert.False(result.IsSuccess);
        Assert.Equal(PrintFormErrorCodes.InvalidOptions, result.Error.Code);
        Assert.Contains("Mars/Olympus", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AlmatyTimeZone_PrintsTimesWithPlusFiveOffset()
    {
        var original = TestFiles.Read("tika__testWORD.docx");
        var options = SampleDocuments.Options();
        options.DisplayTimeZoneId = "Asia/Almaty";

        var result = SampleDocuments.PrintFormRenderer(options).Render(SampleDocuments.Request(original, "шарт.docx", DocxMediaType));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Contains("02.12.2026 15:15:03 (UTC+05:00)", PdfText.AllText(result.Value.Pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InParallel_EveryRenderSucceeds()
    {
        var original = TestFiles.Read("sigex-ddc__embed-landscape.pdf");
        var renderer = SampleDocuments.PrintFormRenderer();

        var results = Enumerable.Range(0, 8)
            .AsParallel()
            .Select(_ => renderer.Render(SampleDocuments.Request(original, "act.pdf", PrintFormRenderer.PdfMediaType)))
            .ToList();

        Assert.All(results, result => Assert.True(result.IsSuccess, result.Error?.ToString()));
        Assert.All(results, result => Assert.Equal(2, result.Value!.OriginalPageCount));
    }

    private static List<string> DecodeSheet(RenderedPrintForm form)
    {
        var decoded = new List<string>();
        for (var page = form.OriginalPageCount + 1; page <= form.PageCount; page++)
        {
            decoded.AddRange(QrPageDecoder.DecodePage(form.Pdf, page));
        }

        return decoded;
    }
}
