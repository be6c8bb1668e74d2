using Idocs.Documents.Tests.Fakes;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Tests.Uploads;

public class FileUploaderTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "documents");

    private readonly InMemoryFileStore _fileStore = new();
    private readonly FileUploader _uploader;

    public FileUploaderTests()
    {
        var limits = new UploadLimits();
        _uploader = new FileUploader(new ContentInspector(limits), limits, _fileStore);
    }

    [Fact]
    public async Task UploadAsync_AcceptedFiles_StoresThemUnderSha256()
    {
        var files = new[] { Incoming("tika__testPNG.png"), Incoming("tika__testWORD.docx") };

        var outcome = await _uploader.UploadAsync(files, TestContext.Current.CancellationToken);

        Assert.True(outcome.IsAccepted);
        Assert.Equal(2, _fileStore.Count);
        Assert.Equal("2c2e204a9e7434d22d906e5b82b9ee93a1f2480b87f9be572fcd7adb0cb59244", outcome.Files[0].Sha256);
    }

    [Fact]
    public async Task UploadAsync_OneRejectedFileInPackage_StoresNothing()
    {
        var files = new[] { Incoming("tika__testPNG.png"), Incoming("tika__testWORD_truncated.docx") };

        var outcome = await _uploader.UploadAsync(files, TestContext.Current.CancellationToken);

        Assert.Equal(UploadErrorCodes.Damaged, outcome.Rejection?.Code);
        Assert.Equal(0, _fileStore.Count);
    }

    [Fact]
    public async Task UploadAsync_StreamOverLimit_RejectedWithoutStoring()
    {
        var limits = new UploadLimits { MaxFileBytes = 10 * 1024 };
        var uploader = new FileUploader(new ContentInspector(limits), limits, _fileStore);
        var files = new[] { Incoming("tika__testPNG.png") };

        var outcome = await uploader.UploadAsync(files, TestContext.Current.CancellationToken);

        Assert.Equal(UploadErrorCodes.TooLarge, outcome.Rejection?.Code);
        Assert.Equal(0, _fileStore.Count);
    }

    private static IncomingFile Incoming(string name) =>
        new(name, new MemoryStream(File.ReadAllBytes(Path.Combine(CorpusFolder, name))));
}
