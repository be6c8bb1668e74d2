using System.Diagnostics;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Xml;

namespace Idocs.Signatures.Tests.Xml;

public sealed class HardenedXmlParserTests
{
    [Fact]
    public async Task Verify_ExternalHttpEntity_RejectsWithoutConnecting()
    {
        await using var recorder = new LoopbackConnectionRecorder();
        var xml = $"<!DOCTYPE r [<!ENTITY ee SYSTEM \"{recorder.BaseUrl}/note.xml\">]><r>&ee;</r>";

        var result = XmlTestKeys.CreateVerifier().Verify(xml);

        Assert.Equal(XmlSignatureErrorCodes.DtdProhibited, result.Rejection?.Code);
        Assert.Equal(SubIndication.FormatFailure, result.Report.SubIndication);
        Assert.Equal(0, await recorder.SettleAndCountAsync());
    }

    [Fact]
    public async Task Verify_ExternalDtd_RejectsWithoutConnecting()
    {
        await using var recorder = new LoopbackConnectionRecorder();
        var xml = $"<!DOCTYPE r SYSTEM \"{recorder.BaseUrl}/evil.dtd\"><r/>";

        var result = XmlTestKeys.CreateVerifier().Verify(xml);

        Assert.Equal(XmlSignatureErrorCodes.DtdProhibited, result.Rejection?.Code);
        Assert.Equal(0, await recorder.SettleAndCountAsync());
    }

    [Fact]
    public async Task Verify_ExternalParameterEntity_RejectsWithoutConnecting()
    {
        await using var recorder = new LoopbackConnectionRecorder();
        var xml = $"<!DOCTYPE r [<!ENTITY % p SYSTEM \"{recorder.BaseUrl}/p.dtd\"> %p;]><r/>";

        var result = XmlTestKeys.CreateVerifier().Verify(xml);

        Assert.Equal(XmlSignatureErrorCodes.DtdProhibited, result.Rejection?.Code);
        Assert.Equal(0, await recorder.SettleAndCountAsync());
    }

    [Fact]
    public async Task Verify_EntityInSignedNcaLayerDocument_RejectsWithoutConnecting()
    {
        await using var recorder = new LoopbackConnectionRecorder();
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = XmlTestKeys.CreateSigner().Sign("<tag>data</tag>", new RsaXmlSigningKey(certificate)).Value!;
        var hostile = signed.Replace(
            "<tag>data",
            $"<!DOCTYPE tag [<!ENTITY ee SYSTEM \"{recorder.BaseUrl}/x\">]><tag>&ee;data",
            StringComparison.Ordinal);

        var result = XmlTestKeys.CreateVerifier().Verify(System.Text.Encoding.UTF8.GetBytes(hostile));

        Assert.Equal(XmlSignatureErrorCodes.DtdProhibited, result.Rejection?.Code);
        Assert.Equal(0, await recorder.SettleAndCountAsync());
    }

    [Fact]
    public void Verify_ExternalFileEntity_RejectsWithoutOpeningFile()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "The probe needs a POSIX named pipe (mkfifo).");
        using var probe = new FifoOpenProbe();
        var xml = $"<!DOCTYPE r [<!ENTITY f SYSTEM \"{probe.FileUri.AbsoluteUri}\">]><r>&f;</r>";

        var result = XmlTestKeys.CreateVerifier().Verify(xml);

        Assert.Equal(XmlSignatureErrorCodes.DtdProhibited, result.Rejection?.Code);
        Assert.False(probe.WasOpened(), "The verifier opened the file an external entity pointed to.");
    }

    [Fact]
    public void Verify_ExternalFileEntityToRegularFile_DoesNotLeakContent()
    {
        var secretFile = Path.GetTempFileName();
        File.WriteAllText(secretFile, "top-secret-value");
        try
        {
            var xml = $"<!DOCTYPE r [<!ENTITY f SYSTEM \"{new Uri(secretFile).AbsoluteUri}\">]><r>&f;</r>";

            var result = XmlTestKeys.CreateVerifier().Verify(xml);

            Assert.Equal(XmlSignatureErrorCodes.DtdProhibited, result.Rejection?.Code);
            Assert.DoesNotContain("top-secret-value", result.Rejection!.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secretFile);
        }
    }

    [Fact]
    public void Verify_BillionLaughs_RejectsQuicklyWithoutExpanding()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(level =>
            $"<!ENTITY l{level} \"{string.Concat(Enumerable.Repeat($"&l{level - 1};", 10))}\">"));
        var xml = $"<!DOCTYPE bomb [<!ENTITY l0 \"lol\">{entities}]><bomb>&l9;</bomb>";
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();

        var result = XmlTestKeys.CreateVerifier().Verify(xml);

        Assert.Equal(XmlSignatureErrorCodes.DtdProhibited, result.Rejection?.Code);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"Rejection took {stopwatch.Elapsed}.");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 16 * 1024 * 1024, "Rejection allocated more than 16 MiB.");
    }

    [Fact]
    public void Parse_DeepNesting_RejectsAsLimitExceeded()
    {
        var xml = string.Concat(Enumerable.Repeat("<a>", 5000)) + string.Concat(Enumerable.Repeat("</a>", 5000));

        var result = new HardenedXmlParser().Parse(xml);

        Assert.Equal(XmlSignatureErrorCodes.LimitExceeded, result.Error?.Code);
    }

    [Fact]
    public void Parse_TooManyElements_RejectsAsLimitExceeded()
    {
        var parser = new HardenedXmlParser(new XmlParsingLimits { MaxElements = 100 });
        var xml = "<r>" + string.Concat(Enumerable.Repeat("<e/>", 200)) + "</r>";

        var result = parser.Parse(xml);

        Assert.Equal(XmlSignatureErrorCodes.LimitExceeded, result.Error?.Code);
    }

    [Fact]
    public void Parse_TooManyCharacters_RejectsAsLimitExceeded()
    {
        var parser = new HardenedXmlParser(new XmlParsingLimits { MaxCharacters = 1000 });
        var xml = "<r>" + new string('x', 5000) + "</r>";

        var bytesResult = parser.Parse(System.Text.Encoding.UTF8.GetBytes(xml));
        var textResult = parser.Parse(xml);

        Assert.Equal(XmlSignatureErrorCodes.LimitExceeded, bytesResult.Error?.Code);
        Assert.Equal(XmlSignatureErrorCodes.LimitExceeded, textResult.Error?.Code);
    }

    [Fact]
    public void Parse_MalformedXml_RejectsWithPosition()
    {
        var result = new HardenedXmlParser().Parse("<this>is not a valid XML");

        Assert.Equal(XmlSignatureErrorCodes.MalformedXml, result.Error?.Code);
        Assert.Contains("line 1", result.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xmlbomb.xml", XmlSignatureErrorCodes.DtdProhibited)]
    [InlineData("external.xml", XmlSignatureErrorCodes.DtdProhibited)]
    [InlineData("simple.xml", null)]
    public void Parse_DefusedXmlSample_GivesExpectedOutcome(string file, string? expectedCode)
    {
        var xml = XmlTestData.Read("xml-attacks", "defusedxml", "xmltestdata", file);

        var result = new HardenedXmlParser().Parse(xml);

        Assert.Equal(expectedCode, result.Error?.Code);
    }

    [Fact]
    public void Verify_DefusedXmlSamples_AllMatchExpectedResults()
    {
        var rows = File.ReadAllLines(XmlTestData.PathOf("xml-attacks", "defusedxml-expected_results.csv")).Skip(1)
            .Select(XmlTestData.SplitCsv)
            .ToList();

        var outcomes = rows.Select(row => (
            Row: row,
            Result: XmlTestKeys.CreateVerifier().Verify(XmlTestData.Read("xml-attacks", "defusedxml", row[0])))).ToList();

        Assert.Equal(3, outcomes.Count);
        Assert.All(outcomes, outcome => Assert.Equal(
            outcome.Row[2].StartsWith("reject", StringComparison.Ordinal) ? XmlSignatureErrorCodes.DtdProhibited : XmlSignatureErrorCodes.NoSignature,
            outcome.Result.Rejection?.Code));
    }
}
