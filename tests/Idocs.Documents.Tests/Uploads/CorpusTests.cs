using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Tests.Uploads;

/// <summary>
/// Runs every file of TestData/documents (with its MANIFEST.md) through the upload check. The
/// expectations follow the MANIFEST's "expected outcome"; where it leaves a policy open, the choice
/// is noted next to the row.
/// </summary>
public class CorpusTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "documents");

    private static readonly Dictionary<string, CorpusExpectation> Expectations = new(StringComparer.Ordinal)
    {
        ["sigex-ddc__different-page-configs.pdf"] = CorpusExpectation.Accept(DetectedContentType.Pdf),
        ["sigex-ddc__embed-landscape.pdf"] = CorpusExpectation.Accept(DetectedContentType.Pdf),
        ["sigex-ddc__sample-with-specific-fonts.pdf"] = CorpusExpectation.Accept(DetectedContentType.Pdf),
        ["tika__testPDF_Version.8.x.pdf"] = CorpusExpectation.Accept(DetectedContentType.Pdf),
        ["qpdf__11-pages-with-labels.pdf"] = CorpusExpectation.Accept(DetectedContentType.Pdf),
        ["qpdf__form-filled-by-acrobat.pdf"] = CorpusExpectation.Accept(DetectedContentType.Pdf),
        ["tika__testOCR.pdf"] = CorpusExpectation.Accept(DetectedContentType.Pdf),
        ["tika__testPDF_incrementalUpdates.pdf"] = CorpusExpectation.Accept(DetectedContentType.Pdf),
        ["qpdf__encrypted-with-images.pdf"] = CorpusExpectation.Accept(DetectedContentType.Pdf),
        ["qpdf__20-pages.pdf"] = CorpusExpectation.Reject(UploadErrorCodes.PasswordProtected),
        ["qpdf__digitally-signed.pdf"] = CorpusExpectation.Accept(DetectedContentType.Pdf),
        ["qpdf__bad-xref.pdf"] = CorpusExpectation.Accept(DetectedContentType.Pdf),
        ["tika__testWORD.docx"] = CorpusExpectation.Accept(DetectedContentType.Docx),
        ["kontur__ihclmeWith500List.xlsx"] = CorpusExpectation.Accept(DetectedContentType.Xlsx),
        ["kontur__MyOffice_document.xlsx"] = CorpusExpectation.Accept(DetectedContentType.Xlsx),
        // Policy: macro-enabled files are rejected, not stripped.
        ["tika__testWORD_macros.docm"] = CorpusExpectation.Reject(UploadErrorCodes.MacrosNotAllowed),
        ["tika__testEXCEL_macro.xlsm"] = CorpusExpectation.Reject(UploadErrorCodes.MacrosNotAllowed),
        ["tika__testOpenOffice2.odt"] = CorpusExpectation.Accept(DetectedContentType.Odt),
        ["tika__testRTF.rtf"] = CorpusExpectation.Accept(DetectedContentType.Rtf),
        ["tika__testJPEG_EXIF.jpg"] = CorpusExpectation.Accept(DetectedContentType.Jpeg),
        ["tika__testPNG.png"] = CorpusExpectation.Accept(DetectedContentType.Png),
        ["tika__testTIFF.tif"] = CorpusExpectation.Accept(DetectedContentType.Tiff),
        // Policy: an archive is scanned entry by entry and rejected at its first rejected entry, testEXCEL.xls.
        ["tika__test-documents.zip"] = CorpusExpectation.Reject(UploadErrorCodes.LegacyOfficeFormat),
        ["tika__testWORD_truncated.docx"] = CorpusExpectation.Reject(UploadErrorCodes.Damaged),
    };

    /// <summary>The entries of tika__test-documents.zip; legacy binary Office files are rejected by policy.</summary>
    private static readonly Dictionary<string, CorpusExpectation> ArchiveEntryExpectations = new(StringComparer.Ordinal)
    {
        ["testEXCEL.xls"] = CorpusExpectation.Reject(UploadErrorCodes.LegacyOfficeFormat),
        ["testHTML.html"] = CorpusExpectation.Reject(UploadErrorCodes.HtmlNotAllowed),
        ["testOpenOffice2.odt"] = CorpusExpectation.Accept(DetectedContentType.Odt),
        ["testPDF.pdf"] = CorpusExpectation.Accept(DetectedContentType.Pdf),
        ["testPPT.ppt"] = CorpusExpectation.Reject(UploadErrorCodes.LegacyOfficeFormat),
        ["testRTF.rtf"] = CorpusExpectation.Accept(DetectedContentType.Rtf),
        ["testTXT.txt"] = CorpusExpectation.Reject(UploadErrorCodes.UnsupportedType),
        ["testWORD.doc"] = CorpusExpectation.Reject(UploadErrorCodes.LegacyOfficeFormat),
        ["testXML.xml"] = CorpusExpectation.Accept(DetectedContentType.Xml),
    };

    private readonly ContentInspector _inspector = new(new UploadLimits());

    public static TheoryData<string> CorpusFiles() => new(Expectations.Keys);

    public static TheoryData<string> ArchiveEntries() => new(ArchiveEntryExpectations.Keys);

    [Fact]
    public void Corpus_EveryFile_HasAnExpectation()
    {
        var files = Directory.GetFiles(CorpusFolder).Select(Path.GetFileName).Where(name => name != "MANIFEST.md");

        Assert.Equal(Expectations.Keys.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Inspect_CorpusFile_MatchesManifest(string fileName)
    {
        var content = File.ReadAllBytes(Path.Combine(CorpusFolder, fileName));

        var verdict = _inspector.Inspect(fileName, content);

        Assert.Equal(Expectations[fileName], Describe(verdict));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Inspect_CorpusFileUnderWrongName_DecidesTheSame(string fileName)
    {
        var content = File.ReadAllBytes(Path.Combine(CorpusFolder, fileName));

        var verdict = _inspector.Inspect("renamed.bin", content);

        Assert.Equal(Expectations[fileName], Describe(verdict));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Inspect_RejectedCorpusFile_HasRussianMessageNamingTheFile(string fileName)
    {
        var content = File.ReadAllBytes(Path.Combine(CorpusFolder, fileName));

        var verdict = _inspector.Inspect(fileName, content);

        if (verdict.IsAccepted)
        {
            return;
        }

        var message = verdict.Rejection!.LocalizedMessage(CultureInfo.GetCultureInfo("ru-RU"));
        Assert.Contains(fileName, message, StringComparison.Ordinal);
        Assert.Matches("[А-Яа-яЁё]", message);
    }

    [Theory]
    [MemberData(nameof(ArchiveEntries))]
    public void Inspect_EntryOfTikaArchive_MatchesPolicy(string entryName)
    {
        using var archive = ZipFile.OpenRead(Path.Combine(CorpusFolder, "tika__test-documents.zip"));
        using var entryStream = archive.GetEntry(entryName)!.Open();
        using var buffer = new MemoryStream();
        entryStream.CopyTo(buffer);

        var verdict = _inspector.Inspect(entryName, buffer.ToArray());

        Assert.Equal(ArchiveEntryExpectations[entryName], Describe(verdict));
    }

    [Fact]
    public void Inspect_TikaArchive_NamesTheRejectedEntry()
    {
        var content = File.ReadAllBytes(Path.Combine(CorpusFolder, "tika__test-documents.zip"));

        var verdict = _inspector.Inspect("tika__test-documents.zip", content);

        Assert.Equal("tika__test-documents.zip/testEXCEL.xls", verdict.Rejection?.Subject);
    }

    [Fact]
    public void Inspect_EveryCorpusFile_FinishesQuickly()
    {
        var stopwatch = Stopwatch.StartNew();

        foreach (var fileName in Expectations.Keys)
        {
            _inspector.Inspect(fileName, File.ReadAllBytes(Path.Combine(CorpusFolder, fileName)));
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"Inspecting the corpus took {stopwatch.Elapsed}.");
    }

    private static CorpusExpectation Describe(UploadVerdict verdict) =>
        verdict.IsAccepted ? CorpusExpectation.Accept(verdict.ContentType!.Value) : CorpusExpectation.Reject(verdict.Rejection!.Code);
}
