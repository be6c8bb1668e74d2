using System.Diagnostics;
using System.Globalization;
using System.Text;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Tests.Uploads;

public class ContentInspectorTests
{
    private readonly ContentInspector _inspector = new(new UploadLimits());

    [Fact]
    public void Inspect_FileOverLimit_NamesSizeAndLimitInRussian()
    {
        var inspector = new ContentInspector(new UploadLimits { MaxFileBytes = 1024 });
        var content = new byte[3 * 1024];

        var verdict = inspector.Inspect("скан.pdf", content);

        var message = verdict.Rejection!.LocalizedMessage(CultureInfo.GetCultureInfo("ru-RU"));
        Assert.Equal(UploadErrorCodes.TooLarge, verdict.Rejection.Code);
        Assert.Contains("скан.pdf", message, StringComparison.Ordinal);
        Assert.Contains("3 КБ", message, StringComparison.Ordinal);
        Assert.Contains("1 КБ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_FileOverLimit_EnglishErrorNamesSizeAndLimit()
    {
        var inspector = new ContentInspector(new UploadLimits { MaxFileBytes = 2 * 1024 * 1024 });
        var content = new byte[3 * 1024 * 1024];

        var error = inspector.Inspect("scan.pdf", content).Rejection!.ToError();

        Assert.Equal(UploadErrorCodes.TooLarge, error.Code);
        Assert.Contains("3 MB", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_EmptyFile_Rejected()
    {
        var verdict = _inspector.Inspect("empty.pdf", Array.Empty<byte>());

        Assert.Equal(UploadErrorCodes.Empty, verdict.Rejection?.Code);
    }

    [Fact]
    public void Inspect_ExecutableNamedPdf_RejectedAsUnsupported()
    {
        var content = Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0 this program cannot be run in DOS mode");

        var verdict = _inspector.Inspect("invoice.pdf", content);

        Assert.Equal(UploadErrorCodes.UnsupportedType, verdict.Rejection?.Code);
    }

    [Fact]
    public void Inspect_PdfWithoutEndMarker_RejectedAsDamaged()
    {
        var content = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");

        var verdict = _inspector.Inspect("cut.pdf", content);

        Assert.Equal(UploadErrorCodes.Damaged, verdict.Rejection?.Code);
    }

    [Fact]
    public void Inspect_XmlWithEntityExpansion_RejectedQuickly()
    {
        var builder = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? string.Empty : i - 1)};", 10))}\">");
        }

        builder.Append("]><lolz>&lol9;</lolz>");
        var stopwatch = Stopwatch.StartNew();

        var verdict = _inspector.Inspect("invoice.xml", Encoding.UTF8.GetBytes(builder.ToString()));

        Assert.Equal(UploadErrorCodes.XmlDtdNotAllowed, verdict.Rejection?.Code);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"Took {stopwatch.Elapsed}.");
    }

    [Fact]
    public void Inspect_XmlWithExternalEntity_Rejected()
    {
        var content = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>");

        var verdict = _inspector.Inspect("esf.xml", content);

        Assert.Equal(UploadErrorCodes.XmlDtdNotAllowed, verdict.Rejection?.Code);
    }

    [Fact]
    public void Inspect_WellFormedXml_Accepted()
    {
        var content = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><invoice><num>1</num></invoice>");

        var verdict = _inspector.Inspect("esf.xml", content);

        Assert.Equal(DetectedContentType.Xml, verdict.ContentType);
    }

    [Fact]
    public void Inspect_UnclosedXml_RejectedWithPosition()
    {
        var content = Encoding.UTF8.GetBytes("<invoice>\n<num>1</num>\n");

        var verdict = _inspector.Inspect("esf.xml", content);

        Assert.Equal(UploadErrorCodes.XmlMalformed, verdict.Rejection?.Code);
        Assert.Equal(3, verdict.Rejection!.Arguments.Count == 2 ? (int)verdict.Rejection.Arguments[0] : -1);
    }

    [Fact]
    public void Inspect_DocxWithVbaProject_RejectedAsMacros()
    {
        var contentTypes = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        var archive = TestArchives.Zip(
            ("[Content_Types].xml", contentTypes),
            ("word/document.xml", Encoding.UTF8.GetBytes("<w:document xmlns:w=\"urn:w\"/>")),
            ("word/vbaProject.bin", [1, 2, 3]));

        var verdict = _inspector.Inspect("contract.docx", archive);

        Assert.Equal(UploadErrorCodes.MacrosNotAllowed, verdict.Rejection?.Code);
    }

    [Fact]
    public void Inspect_DocxWithoutMainPart_RejectedAsDamaged()
    {
        var contentTypes = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        var archive = TestArchives.Zip(("[Content_Types].xml", contentTypes));

        var verdict = _inspector.Inspect("contract.docx", archive);

        Assert.Equal(UploadErrorCodes.Damaged, verdict.Rejection?.Code);
    }
}
