using System.Security.Cryptography;
using Idocs.Storage.Documents;
using Idocs.Storage.Files;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Storage.Tests.Documents;

public sealed class DocumentFileStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"idocs-document-files-{Guid.NewGuid():N}");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task GetAsync_PutContent_ReturnsSameBytes()
    {
        var store = CreateStore();
        byte[] content = [1, 2, 3, 4, 5];
        var key = Convert.ToHexStringLower(SHA256.HashData(content));

        await store.PutAsync(key, content, Token);

        Assert.Equal(content, await store.GetAsync(key, Token));
    }

    [Fact]
    public async Task GetAsync_UnknownOrMalformedKey_ReturnsNull()
    {
        var store = CreateStore();

        Assert.Null(await store.GetAsync(new string('a', 64), Token));
        Assert.Null(await store.GetAsync("../etc/passwd", Token));
    }

    [Fact]
    public async Task PutAsync_KeyOfOtherContent_Throws()
    {
        var store = CreateStore();
        var otherKey = Convert.ToHexStringLower(SHA256.HashData(new byte[] { 9 }));

        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(otherKey, new byte[] { 1 }, Token));
    }

    [Fact]
    public async Task GetAsync_AlteredStoredFile_Throws()
    {
        var folder = new FolderFileStore(_root, 1024, NullLogger<FolderFileStore>.Instance);
        var store = new DocumentFileStore(folder);
        byte[] content = [7, 7, 7];
        var key = Convert.ToHexStringLower(SHA256.HashData(content));
        await store.PutAsync(key, content, Token);
        await File.WriteAllBytesAsync(folder.PathFor(key), [8, 8, 8], Token);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetAsync(key, Token));
    }

    private DocumentFileStore CreateStore() => new(new FolderFileStore(_root, 1024, NullLogger<FolderFileStore>.Instance));
}
