using System.Security.Cryptography;
using Idocs.Storage.Files;

namespace Idocs.Storage.Tests.Files;

/// <summary>
/// The behaviour every <see cref="IFileStore"/> implementation must have. Each implementation's
/// test class supplies the store and a way to reach behind it to its stored bytes.
/// </summary>
public abstract class FileStoreContractTests
{
    protected const long DefaultLimit = 1024 * 1024;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Creates an empty store with the given size limit, or skips the test.</summary>
    protected abstract Task<IFileStore> CreateStoreAsync(long maxFileBytes);

    /// <summary>Changes one byte of the stored file behind the store's back.</summary>
    protected abstract Task AlterStoredBytesAsync(string sha256);

    /// <summary>Counts the stored copies of the file with the given key.</summary>
    protected abstract Task<int> CountStoredCopiesAsync(string sha256);

    /// <summary>Counts everything the store holds, complete or not.</summary>
    protected abstract Task<int> CountAllEntriesAsync();

    [Fact]
    public async Task SaveAsync_ThenReadAsync_ReturnsSameBytes()
    {
        var store = await CreateStoreAsync(DefaultLimit);
        var content = RandomNumberGenerator.GetBytes(200_000);

        var saved = await store.SaveAsync(new MemoryStream(content), Token);
        var read = await store.ReadAsync(saved.Value!.Sha256, Token);

        Assert.True(read.IsSuccess, read.Error?.ToString());
        Assert.Equal(content, read.Value);
    }

    [Fact]
    public async Task SaveAsync_Content_ReturnsLowercaseSha256AndLength()
    {
        var store = await CreateStoreAsync(DefaultLimit);
        var content = RandomNumberGenerator.GetBytes(1000);

        var saved = await store.SaveAsync(new MemoryStream(content), Token);

        Assert.True(saved.IsSuccess, saved.Error?.ToString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), saved.Value.Sha256);
        Assert.Equal(1000, saved.Value.Length);
    }

    [Fact]
    public async Task SaveAsync_EmptyContent_StoresEmptyFile()
    {
        var store = await CreateStoreAsync(DefaultLimit);

        var saved = await store.SaveAsync(new MemoryStream(), Token);
        var read = await store.ReadAsync(saved.Value!.Sha256, Token);

        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", saved.Value.Sha256);
        Assert.Empty(read.Value!);
    }

    [Fact]
    public async Task ReadAsync_FileAlteredAfterSave_ReturnsCorrupt()
    {
        var store = await CreateStoreAsync(DefaultLimit);
        var saved = await store.SaveAsync(new MemoryStream(RandomNumberGenerator.GetBytes(5000)), Token);
        await AlterStoredBytesAsync(saved.Value!.Sha256);

        var read = await store.ReadAsync(saved.Value.Sha256, Token);

        Assert.False(read.IsSuccess);
        Assert.Equal(FileStoreErrorCodes.Corrupt, read.Error.Code);
        Assert.Null(read.Value);
    }

    [Fact]
    public async Task SaveAsync_SameContentConcurrently_StoresOneCopy()
    {
        var store = await CreateStoreAsync(DefaultLimit);
        var content = RandomNumberGenerator.GetBytes(300_000);

        var saves = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ =>
            Task.Run(() => store.SaveAsync(new MemoryStream(content), Token), Token)));

        Assert.All(saves, saved => Assert.True(saved.IsSuccess, saved.Error?.ToString()));
        Assert.Single(saves.Select(saved => saved.Value!.Sha256).Distinct());
        Assert.Equal(1, await CountStoredCopiesAsync(saves[0].Value!.Sha256));
        Assert.Equal(1, await CountAllEntriesAsync());
        Assert.Equal(content, (await store.ReadAsync(saves[0].Value!.Sha256, Token)).Value);
    }

    [Fact]
    public async Task SaveAsync_SameContentTwice_ReturnsSameKey()
    {
        var store = await CreateStoreAsync(DefaultLimit);
        var content = RandomNumberGenerator.GetBytes(100);

        var first = await store.SaveAsync(new MemoryStream(content), Token);
        var second = await store.SaveAsync(new MemoryStream(content), Token);

        Assert.Equal(first.Value!.Sha256, second.Value!.Sha256);
        Assert.Equal(1, await CountAllEntriesAsync());
    }

    [Fact]
    public async Task SaveAsync_StreamOverLimit_StopsReadingAndLeavesNothing()
    {
        const long Limit = 64 * 1024;
        var store = await CreateStoreAsync(Limit);
        var content = new EndlessStream(length: 1L << 40);

        var saved = await store.SaveAsync(content, Token);

        Assert.False(saved.IsSuccess);
        Assert.Equal(FileStoreErrorCodes.TooLarge, saved.Error.Code);
        Assert.Contains("65536 bytes", saved.Error.Message, StringComparison.Ordinal);
        Assert.True(content.BytesRead < Limit + (1024 * 1024), $"The store read {content.BytesRead} bytes before stopping.");
        Assert.Equal(0, await CountAllEntriesAsync());
    }

    [Fact]
    public async Task SaveAsync_SeekableContentOverLimit_NamesSizeAndLimit()
    {
        var store = await CreateStoreAsync(1000);

        var saved = await store.SaveAsync(new MemoryStream(new byte[1001]), Token);

        Assert.Equal(FileStoreErrorCodes.TooLarge, saved.Error!.Code);
        Assert.Contains("1001 bytes", saved.Error.Message, StringComparison.Ordinal);
        Assert.Contains("1000 bytes", saved.Error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAllEntriesAsync());
    }

    [Fact]
    public async Task SaveAsync_ContentAtLimit_Succeeds()
    {
        var store = await CreateStoreAsync(1000);

        var saved = await store.SaveAsync(new EndlessStream(1000), Token);

        Assert.True(saved.IsSuccess, saved.Error?.ToString());
        Assert.Equal(1000, saved.Value.Length);
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555")]
    [InlineData("e3/0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    public async Task ReadAsync_InvalidKey_ReturnsInvalidKey(string key)
    {
        var store = await CreateStoreAsync(DefaultLimit);

        var read = await store.ReadAsync(key, Token);

        Assert.Equal(FileStoreErrorCodes.InvalidKey, read.Error!.Code);
        Assert.False(await store.ExistsAsync(key, Token));
    }

    [Fact]
    public async Task ReadAsync_UnknownKey_ReturnsNotFound()
    {
        var store = await CreateStoreAsync(DefaultLimit);
        var key = Convert.ToHexStringLower(SHA256.HashData("never stored"u8));

        var read = await store.ReadAsync(key, Token);

        Assert.Equal(FileStoreErrorCodes.NotFound, read.Error!.Code);
    }

    [Fact]
    public async Task ExistsAsync_AfterSave_ReturnsTrue()
    {
        var store = await CreateStoreAsync(DefaultLimit);
        var saved = await store.SaveAsync(new MemoryStream([1, 2, 3]), Token);

        var exists = await store.ExistsAsync(saved.Value!.Sha256, Token);

        Assert.True(exists);
    }

    [Fact]
    public async Task CheckHealthAsync_ReachableStore_Succeeds()
    {
        var store = await CreateStoreAsync(DefaultLimit);

        var health = await store.CheckHealthAsync(Token);

        Assert.True(health.IsSuccess, health.Error?.ToString());
        Assert.Equal(0, await CountAllEntriesAsync());
    }
}
