using Idocs.Storage.Files;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Storage.Tests.Files;

public sealed class FolderFileStoreTests : FileStoreContractTests, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "idocs-files-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    protected override Task<IFileStore> CreateStoreAsync(long maxFileBytes) =>
        Task.FromResult<IFileStore>(CreateFolderStore(maxFileBytes));

    protected override async Task AlterStoredBytesAsync(string sha256)
    {
        var path = CreateFolderStore(DefaultLimit).PathFor(sha256);
        var bytes = await File.ReadAllBytesAsync(path, Token);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes, Token);
    }

    protected override Task<int> CountStoredCopiesAsync(string sha256) =>
        Task.FromResult(AllFiles().Count(path => Path.GetFileName(path) == sha256));

    protected override Task<int> CountAllEntriesAsync() => Task.FromResult(AllFiles().Count);

    [Fact]
    public async Task SaveAsync_Content_ShardsByKeyPrefix()
    {
        var store = CreateFolderStore(DefaultLimit);

        var saved = await store.SaveAsync(new MemoryStream([42]), Token);

        var key = saved.Value!.Sha256;
        Assert.True(File.Exists(Path.Combine(_root, key[..2], key[2..4], key)));
    }

    [Fact]
    public async Task SaveAsync_StoredCopyCorrupt_RepairsIt()
    {
        var store = CreateFolderStore(DefaultLimit);
        var content = new byte[] { 1, 2, 3, 4, 5 };
        var saved = await store.SaveAsync(new MemoryStream(content), Token);
        await AlterStoredBytesAsync(saved.Value!.Sha256);

        await store.SaveAsync(new MemoryStream(content), Token);
        var read = await store.ReadAsync(saved.Value.Sha256, Token);

        Assert.True(read.IsSuccess, read.Error?.ToString());
        Assert.Equal(content, read.Value);
    }

    [Fact]
    public async Task CheckHealthAsync_RootIsAFile_ReturnsUnavailable()
    {
        Directory.CreateDirectory(_root);
        var root = Path.Combine(_root, "not-a-folder");
        await File.WriteAllTextAsync(root, "occupied", Token);
        var store = new FolderFileStore(root, DefaultLimit, NullLogger<FolderFileStore>.Instance);

        var health = await store.CheckHealthAsync(Token);

        Assert.Equal(FileStoreErrorCodes.Unavailable, health.Error!.Code);
        Assert.Contains(root, health.Error.Message, StringComparison.Ordinal);
    }

    private FolderFileStore CreateFolderStore(long maxFileBytes) =>
        new(_root, maxFileBytes, NullLogger<FolderFileStore>.Instance);

    private List<string> AllFiles() =>
        Directory.Exists(_root) ? [.. Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)] : [];
}
