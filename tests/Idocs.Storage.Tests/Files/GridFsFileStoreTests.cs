using Idocs.Storage.Files;
using Microsoft.Extensions.Logging.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Idocs.Storage.Tests.Files;

/// <summary>
/// Runs the file store contract on GridFS when <c>IDOCS_TEST_MONGODB</c> names a MongoDB server
/// (for example <c>mongodb://127.0.0.1:27017</c>); each test class instance uses its own database
/// and drops it afterwards. Without the variable every test is reported as skipped.
/// </summary>
public sealed class GridFsFileStoreTests : FileStoreContractTests, IAsyncDisposable
{
    public const string ServerVariable = "IDOCS_TEST_MONGODB";

    private readonly string _databaseName = "idocs_test_" + Guid.NewGuid().ToString("N");
    private MongoClient? _client;

    private IMongoDatabase Database => _client!.GetDatabase(_databaseName);

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DropDatabaseAsync(_databaseName);
            _client.Dispose();
        }
    }

    protected override Task<IFileStore> CreateStoreAsync(long maxFileBytes)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip($"{ServerVariable} is not set; set it to a MongoDB URL such as mongodb://127.0.0.1:27017 to run the GridFS tests.");
        }

        _client ??= new MongoClient(server);
        return Task.FromResult<IFileStore>(
            new GridFsFileStore(Database, maxFileBytes, NullLogger<GridFsFileStore>.Instance));
    }

    [Theory]
    [InlineData("../../fs.files")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    public async Task ReadAsync_InvalidKeyWithoutServer_ReturnsInvalidKey(string key)
    {
        // The driver connects lazily, so validation runs before any connection to this closed port.
        using var client = new MongoClient("mongodb://127.0.0.1:9/?serverSelectionTimeoutMS=500");
        var store = new GridFsFileStore(client.GetDatabase("unused"), DefaultLimit, NullLogger<GridFsFileStore>.Instance);

        var read = await store.ReadAsync(key, Token);

        Assert.Equal(FileStoreErrorCodes.InvalidKey, read.Error!.Code);
    }

    [Fact]
    public async Task CheckHealthAsync_ServerUnreachable_ReturnsUnavailable()
    {
        using var client = new MongoClient("mongodb://127.0.0.1:9/?serverSelectionTimeoutMS=500&connectTimeoutMS=500");
        var store = new GridFsFileStore(client.GetDatabase("unused"), DefaultLimit, NullLogger<GridFsFileStore>.Instance);

        var health = await store.CheckHealthAsync(Token);

        Assert.Equal(FileStoreErrorCodes.Unavailable, health.Error!.Code);
    }

    protected override async Task AlterStoredBytesAsync(string sha256)
    {
        var files = Database.GetCollection<BsonDocument>(GridFsFileStore.BucketName + ".files");
        var chunks = Database.GetCollection<BsonDocument>(GridFsFileStore.BucketName + ".chunks");
        var file = await files.Find(Builders<BsonDocument>.Filter.Eq("filename", sha256)).SingleAsync(Token);
        var chunkFilter = Builders<BsonDocument>.Filter.Eq("files_id", file["_id"]) & Builders<BsonDocument>.Filter.Eq("n", 0);
        var chunk = await chunks.Find(chunkFilter).SingleAsync(Token);

        var data = chunk["data"].AsBsonBinaryData.Bytes.ToArray();
        data[0] ^= 0x01;
        await chunks.UpdateOneAsync(
            chunkFilter, Builders<BsonDocument>.Update.Set("data", new BsonBinaryData(data)), cancellationToken: Token);
    }

    protected override async Task<int> CountStoredCopiesAsync(string sha256)
    {
        var files = Database.GetCollection<BsonDocument>(GridFsFileStore.BucketName + ".files");
        return (int)await files.CountDocumentsAsync(Builders<BsonDocument>.Filter.Eq("filename", sha256), cancellationToken: Token);
    }

    protected override async Task<int> CountAllEntriesAsync()
    {
        var files = Database.GetCollection<BsonDocument>(GridFsFileStore.BucketName + ".files");
        var chunks = Database.GetCollection<BsonDocument>(GridFsFileStore.BucketName + ".chunks");
        var fileCount = await files.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty, cancellationToken: Token);
        var orphanChunks = await chunks.CountDocumentsAsync(
            Builders<BsonDocument>.Filter.Nin("files_id", (await files.Distinct<BsonValue>("_id", FilterDefinition<BsonDocument>.Empty, cancellationToken: Token).ToListAsync(Token))),
            cancellationToken: Token);
        return (int)(fileCount + orphanChunks);
    }
}
