using System.Diagnostics;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Tests.Uploads;

public class ArchiveSafetyTests
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(5);

    private readonly ContentInspector _inspector = new(new UploadLimits());

    [Fact]
    public void Inspect_ZipWithPdf_Accepted()
    {
        var archive = TestArchives.Zip(("contract.pdf", TestArchives.SmallPdf));

        var verdict = _inspector.Inspect("files.zip", archive);

        Assert.Equal(DetectedContentType.Zip, verdict.ContentType);
    }

    [Fact]
    public void Inspect_CompressionBomb_RejectedQuickly()
    {
        var bomb = TestArchives.ZeroBomb(64L * 1024 * 1024);
        var stopwatch = Stopwatch.StartNew();

        var verdict = _inspector.Inspect("bomb.zip", bomb);

        Assert.Equal(UploadErrorCodes.ArchiveCompressionRatio, verdict.Rejection?.Code);
        Assert.True(stopwatch.Elapsed < Quickly, $"Took {stopwatch.Elapsed}.");
    }

    [Fact]
    public void Inspect_EntriesOverTotalLimit_Rejected()
    {
        var limits = new UploadLimits { MaxArchiveUncompressedBytes = 3 * 1024 * 1024, MaxCompressionRatio = int.MaxValue / 1024 };
        var inspector = new ContentInspector(limits);
        var bomb = TestArchives.ZeroBomb(8L * 1024 * 1024);

        var verdict = inspector.Inspect("big.zip", bomb);

        Assert.Equal(UploadErrorCodes.ArchiveTooLargeUncompressed, verdict.Rejection?.Code);
    }

    [Fact]
    public void Inspect_DeeplyNestedZip_RejectedQuickly()
    {
        var nested = TestArchives.Nested(20);
        var stopwatch = Stopwatch.StartNew();

        var verdict = _inspector.Inspect("matryoshka.zip", nested);

        Assert.Equal(UploadErrorCodes.ArchiveNestedTooDeep, verdict.Rejection?.Code);
        Assert.True(stopwatch.Elapsed < Quickly, $"Took {stopwatch.Elapsed}.");
    }

    [Fact]
    public void Inspect_ZipInZip_AcceptedAtDefaultDepth()
    {
        var verdict = _inspector.Inspect("outer.zip", TestArchives.Nested(2));

        Assert.Equal(DetectedContentType.Zip, verdict.ContentType);
    }

    [Fact]
    public void Inspect_ThreeLevelsOfZip_Rejected()
    {
        var verdict = _inspector.Inspect("outer.zip", TestArchives.Nested(3));

        Assert.Equal(UploadErrorCodes.ArchiveNestedTooDeep, verdict.Rejection?.Code);
    }

    [Fact]
    public void Inspect_TooManyEntries_Rejected()
    {
        var entries = Enumerable.Range(0, 1001).Select(i => ($"f{i}.pdf", TestArchives.SmallPdf)).ToArray();

        var verdict = _inspector.Inspect("many.zip", TestArchives.Zip(entries));

        Assert.Equal(UploadErrorCodes.ArchiveTooManyEntries, verdict.Rejection?.Code);
    }

    [Theory]
    [InlineData("../evil.pdf")]
    [InlineData("docs/../../evil.pdf")]
    [InlineData("/etc/evil.pdf")]
    [InlineData("C:/evil.pdf")]
    [InlineData("docs\\evil.pdf")]
    public void Inspect_UnsafeEntryName_Rejected(string entryName)
    {
        var archive = TestArchives.Zip((entryName, TestArchives.SmallPdf));

        var verdict = _inspector.Inspect("files.zip", archive);

        Assert.Equal(UploadErrorCodes.ArchiveUnsafeEntryName, verdict.Rejection?.Code);
    }

    [Fact]
    public void Inspect_TruncatedZip_RejectedAsDamaged()
    {
        var archive = TestArchives.Zip(("contract.pdf", TestArchives.SmallPdf));

        var verdict = _inspector.Inspect("cut.zip", archive.AsMemory(0, archive.Length - 30));

        Assert.Equal(UploadErrorCodes.Damaged, verdict.Rejection?.Code);
    }

    [Fact]
    public void Inspect_RejectedEntry_NamesArchiveAndEntry()
    {
        var archive = TestArchives.Zip(("docs/notes.txt", "plain text"u8.ToArray()));

        var verdict = _inspector.Inspect("files.zip", archive);

        Assert.Equal("files.zip/docs/notes.txt", verdict.Rejection?.Subject);
    }
}
