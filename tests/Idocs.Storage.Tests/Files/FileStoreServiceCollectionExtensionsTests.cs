using Idocs.Storage.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Tests.Files;

public sealed class FileStoreServiceCollectionExtensionsTests
{
    [Fact]
    public void AddIdocsFileStore_Defaults_RegistersFolderUnderDataDirectory()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "idocs-registration-" + Guid.NewGuid().ToString("N"));
        var configuration = Configuration(("Storage:DataDirectory", dataDirectory));

        using var provider = new ServiceCollection().AddLogging().AddIdocsFileStore(configuration).BuildServiceProvider();
        var store = provider.GetRequiredService<IFileStore>();

        var folderStore = Assert.IsType<FolderFileStore>(store);
        Assert.Equal(Path.Combine(dataDirectory, "files"), folderStore.RootDirectory);
    }

    [Fact]
    public void AddIdocsFileStore_GridFsWithDatabaseName_RegistersGridFs()
    {
        var configuration = Configuration(
            ("Storage:FileStore", "GridFs"),
            ("Storage:MongoConnectionString", "mongodb://127.0.0.1:9/idocs"));

        using var provider = new ServiceCollection().AddLogging().AddIdocsFileStore(configuration).BuildServiceProvider();

        Assert.IsType<GridFsFileStore>(provider.GetRequiredService<IFileStore>());
    }

    [Theory]
    [InlineData("", "Storage:MongoConnectionString is empty")]
    [InlineData("mongodb://127.0.0.1:27017", "names no database")]
    [InlineData("http://127.0.0.1/idocs", "not a valid MongoDB URL")]
    public void AddIdocsFileStore_GridFsWithBadUrl_ThrowsNamingSetting(string url, string expected)
    {
        var configuration = Configuration(("Storage:FileStore", "GridFs"), ("Storage:MongoConnectionString", url));

        var exception = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddIdocsFileStore(configuration));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddIdocsFileStore_ZeroLimit_ThrowsNamingSetting()
    {
        var configuration = Configuration(("Storage:MaxFileBytes", "0"));

        var exception = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddIdocsFileStore(configuration));

        Assert.Contains("Storage:MaxFileBytes", exception.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)))
            .Build();
}
