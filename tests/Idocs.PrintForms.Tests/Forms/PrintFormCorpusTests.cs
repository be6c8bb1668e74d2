using Idocs.PrintForms.Forms;
using Idocs.PrintForms.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Idocs.PrintForms.Tests.Forms;

/// <summary>Print forms for the real-world PDFs in TestData/Documents, as its MANIFEST.md describes them.</summary>
public sealed class PrintFormCorpusTests
{
    // PDFsharp 6.2.4 rejects this file's malformed cross-reference table; the importer rebuilds the table, as poppler does.
    private const string BrokenCrossReference = "qpdf__bad-xref.pdf";

    private const double A4Width = 595.28;
    private const double A4Height = 841.89;

    public static TheoryData<string, int> AcceptedPdfs()
    {
        var data = new TheoryData<string, int>();
        foreach (var entry in ManifestEntry.ReadAll().Where(entry => entry.IsAcceptedPdf))
        {
            data.Add(entry.FileName, entry.ExpectedPageCount ?? throw new InvalidOperationException($"MANIFEST row of {entry.FileName} states no page count."));
        }

        return data;
    }

    [Fact]
    public void AcceptedPdfs_Manifest_ListsTheCorpusFiles()
    {
        var accepted = AcceptedPdfs().Select(row => row.Data.Item1).ToList();

        Assert.Equal(11, accepted.Count);
        Assert.Contains(BrokenCrossReference, accepted);
        Assert.All(accepted, fileName => Assert.True(File.Exists(Path.Combine(TestFiles.DocumentsFolder, fileName)), fileName));
    }

    [Theory]
    [MemberData(nameof(AcceptedPdfs))]
    public void Render_AcceptedPdf_AppendsSheetAfterPages(string fileName, int expectedPages)
    {
        var original = TestFiles.Read(fileName);
        var request = SampleDocuments.Request(original, fileName, PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Null(result.Value.OriginalNotEmbedded);
        Assert.Equal(expectedPages, result.Value.OriginalPageCount);
        Assert.True(result.Value.PageCount > expectedPages, $"{fileName}: no signature sheet after the original's pages.");
        using var form = PdfDocument.Open(result.Value.Pdf);
        Assert.Equal(result.Value.PageCount, form.NumberOfPages);
        var sheet = form.GetPage(expectedPages + 1);
        Assert.Equal(A4Width, sheet.Width, 0.5);
        Assert.Equal(A4Height, sheet.Height, 0.5);
        Assert.Contains("Лист подписей", sheet.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AcceptedPdfs))]
    public void Render_AcceptedPdf_KeepsPageBoxesAndText(string fileName, int expectedPages)
    {
        var original = TestFiles.Read(fileName);
        var request = SampleDocuments.Request(original, fileName, PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        using var source = PdfDocument.Open(original);
        using var form = PdfDocument.Open(result.Value.Pdf);
        for (var number = 1; number <= expectedPages; number++)
        {
            var before = source.GetPage(number);
            var after = form.GetPage(number);
            Assert.Equal(before.MediaBox.Bounds.Width, after.MediaBox.Bounds.Width, 0.01);
            Assert.Equal(before.MediaBox.Bounds.Height, after.MediaBox.Bounds.Height, 0.01);
            Assert.Equal(before.Rotation.Value, after.Rotation.Value);
            Assert.Equal(Text(before), Text(after));
        }
    }

    [Fact]
    public void Render_MixedPageSizes_KeepsEachSize()
    {
        var original = TestFiles.Read("sigex-ddc__different-page-configs.pdf");
        var request = SampleDocuments.Request(original, "configs.pdf", PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        using var form = PdfDocument.Open(result.Value.Pdf);
        var sizes = form.GetPages().Take(13).Select(page => ((int)Math.Round(page.Width), (int)Math.Round(page.Height))).ToList();
        Assert.Equal((1191, 842), sizes[0]);
        Assert.Equal((842, 1191), sizes[1]);
        Assert.Equal((842, 595), sizes[2]);
        Assert.Equal((595, 842), sizes[3]);
        Assert.Equal((595, 420), sizes[4]);
        Assert.Equal((420, 595), sizes[5]);
        Assert.Equal((1440, 288), sizes[11]);
        Assert.Equal((288, 1440), sizes[12]);
    }

    [Fact]
    public void Render_RotatedAndCroppedPages_KeepsRotationAndCropBox()
    {
        var original = RotatedAndCroppedPdf();
        var request = SampleDocuments.Request(original, "rotated.pdf", PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        using var form = PdfDocument.Open(result.Value.Pdf);
        Assert.Equal(90, form.GetPage(1).Rotation.Value);
        Assert.Equal(0, form.GetPage(2).Rotation.Value);
        var cropBox = form.GetPage(2).CropBox.Bounds;
        Assert.Equal(400, cropBox.Width, 0.01);
        Assert.Equal(300, cropBox.Height, 0.01);
        Assert.Equal(A4Width, form.GetPage(3).Width, 0.5);
        Assert.Equal(0, form.GetPage(3).Rotation.Value);
    }

    [Fact]
    public void Render_FilledAcroForm_KeepsWidgetAnnotations()
    {
        var original = TestFiles.Read("qpdf__form-filled-by-acrobat.pdf");
        var request = SampleDocuments.Request(original, "form.pdf", PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        using var source = PdfDocument.Open(original);
        using var form = PdfDocument.Open(result.Value.Pdf);
        var widgetsBefore = source.GetPages().Sum(page => page.GetAnnotations().Count());
        var widgetsAfter = form.GetPages().Take(3).Sum(page => page.GetAnnotations().Count());
        Assert.True(widgetsBefore > 0, "The test file has no annotations.");
        Assert.Equal(widgetsBefore, widgetsAfter);
    }

    [Fact]
    public void Render_AlreadySignedPdf_NotesItsOwnSignature()
    {
        var original = TestFiles.Read("qpdf__digitally-signed.pdf");
        var request = SampleDocuments.Request(original, "signed.pdf", PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.True(result.Value.OriginalHasPdfSignature);
        Assert.Equal(1, result.Value.OriginalPageCount);
        Assert.Contains("Оригинал содержит собственную подпись PDF", PdfText.PageTexts(result.Value.Pdf)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnsignedPdf_HasNoPdfSignatureNote()
    {
        var original = TestFiles.Read("qpdf__11-pages-with-labels.pdf");
        var request = SampleDocuments.Request(original, "a.pdf", PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.False(result.Value.OriginalHasPdfSignature);
        Assert.DoesNotContain("подпись PDF", PdfText.AllText(result.Value.Pdf), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qpdf__20-pages.pdf", PrintFormErrorCodes.OriginalPasswordProtected, "Оригинал не удалось встроить: файл защищён паролем")]
    public void Render_UnreadablePdf_GivesCoverPageWithNote(string fileName, string expectedCode, string expectedNote)
    {
        var original = TestFiles.Read(fileName);
        var request = SampleDocuments.Request(original, fileName, PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        AssertCoverPageWithNote(result.Value, request, expectedCode, expectedNote);
    }

    [Fact]
    public void Render_BrokenCrossReference_EmbedsRebuiltPage()
    {
        var original = TestFiles.Read(BrokenCrossReference);
        var request = SampleDocuments.Request(original, BrokenCrossReference, PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Null(result.Value.OriginalNotEmbedded);
        Assert.Equal(1, result.Value.OriginalPageCount);
        Assert.Contains("Potato", PdfText.PageTexts(result.Value.Pdf)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TruncatedPdf_GivesDamagedNote()
    {
        var complete = TestFiles.Read("sigex-ddc__different-page-configs.pdf");
        var truncated = complete[..(complete.Length / 3)];
        var request = SampleDocuments.Request(truncated, "truncated.pdf", PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        AssertCoverPageWithNote(result.Value, request, PrintFormErrorCodes.OriginalDamaged, "Оригинал не удалось встроить");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Render_NotAPdf_GivesDamagedNote(int variant)
    {
        var original = variant == 0 ? [] : TestFiles.Read("tika__testWORD.docx");
        var request = SampleDocuments.Request(original, "fake.pdf", PrintFormRenderer.PdfMediaType);

        var result = SampleDocuments.PrintFormRenderer().Render(request);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        AssertCoverPageWithNote(result.Value, request, PrintFormErrorCodes.OriginalDamaged, "Оригинал не удалось встроить");
    }

    private static void AssertCoverPageWithNote(RenderedPrintForm form, PrintFormRequest request, string expectedCode, string expectedNote)
    {
        Assert.Equal(expectedCode, form.OriginalNotEmbedded?.Code);
        Assert.Equal(0, form.OriginalPageCount);
        using var pdf = PdfDocument.Open(form.Pdf);
        var cover = pdf.GetPage(1);
        Assert.Equal(A4Width, cover.Width, 0.5);
        Assert.Equal(A4Height, cover.Height, 0.5);
        var coverText = PdfText.PageTexts(form.Pdf)[0];
        Assert.Contains("Печатная форма электронного документа", coverText, StringComparison.Ordinal);
        Assert.Contains(expectedNote, coverText, StringComparison.Ordinal);
        var allText = PdfText.AllText(form.Pdf);
        Assert.All(request.Signatures, signature => Assert.Contains(signature.SignerName, allText, StringComparison.Ordinal));
    }

    // Page 1: A4 with /Rotate 90. Page 2: Letter landscape with a 400 x 300 pt crop box.
    private static byte[] RotatedAndCroppedPdf()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        var rotated = document.AddPage();
        rotated.Size = PdfSharp.PageSize.A4;
        rotated.Rotate = 90;
        var cropped = document.AddPage();
        cropped.Size = PdfSharp.PageSize.Letter;
        cropped.Orientation = PdfSharp.PageOrientation.Landscape;
        cropped.CropBox = new PdfSharp.Pdf.PdfRectangle(new PdfSharp.Drawing.XPoint(50, 50), new PdfSharp.Drawing.XPoint(450, 350));
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static string Text(Page page) => string.Concat(page.Letters.Select(letter => letter.Value));
}
