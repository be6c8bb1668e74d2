using Idocs.Common.Results;
using Microsoft.Extensions.Logging;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.GridFS;

namespace Idocs.Storage.Files;

/// <summary>
/// File store in MongoDB GridFS, bucket <c>files</c>, with the key as the GridFS file name. An
/// upload goes in under a temporary name and is renamed to its key once its hash is known. A
/// unique index on the file name makes that rename fail for a second copy of the same content,
/// and the store then deletes the copy, so each content is stored once.
/// </summary>
public sealed class GridFsFileStore : IFileStore
{
    public const string BucketName = "files";

    private const string IncomingPrefix = "incoming/";
    private const string UniqueFileNameIndex = "filename_unique";

    private readonly IMongoDatabase _database;
    private readonly GridFSBucket _bucket;
    private readonly IMongoCollection<GridFSFileInfo> _filesCollection;
    private readonly long _maxFileBytes;
    private readonly ILogger<GridFsFileStore> _logger;
    private volatile bool _indexCreated;

    public GridFsFileStore(IMongoDatabase database, long maxFileBytes, ILogger<GridFsFileStore> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFileBytes);
        ArgumentNullException.ThrowIfNull(logger);

        _database = database;
        _bucket = new GridFSBucket(database, new GridFSBucketOptions { BucketName = BucketName });
        _filesCollection = database.GetCollection<GridFSFileInfo>(BucketName + ".files");
        _maxFileBytes = maxFileBytes;
        _logger = logger;
    }

    public async Task<Result<StoredFile>> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await EnsureUniqueIndexAsync(cancellationToken);

        // NOTE: a process killed during an upload leaves a file named incoming/<guid> with its
        // chunks in the bucket, and nothing removes it yet.

        var upload = await _bucket.OpenUploadStreamAsync(
            IncomingPrefix + Guid.NewGuid().ToString("N"), cancellationToken: cancellationToken);
        Result<StoredFile> copied;
        try
        {
            copied = await HashingCopier.CopyAsync(content, upload, _maxFileBytes, cancellationToken);
            if (!copied.IsSuccess)
            {
                await upload.AbortAsync(CancellationToken.None);
                return copied;
            }

            await upload.CloseAsync(cancellationToken);
        }
        catch
        {
            await upload.AbortAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            await upload.DisposeAsync();
        }

        await RenameOrDiscardAsync(upload.Id, copied.Value, cancellationToken);
        return copied;
    }

    public async Task<Result<byte[]>> ReadAsync(string sha256, CancellationToken cancellationToken)
    {
        if (!FileKey.IsValid(sha256))
        {
            return FileKey.InvalidKeyError(sha256);
        }

        var info = await FindAsync(sha256, cancellationToken);
        if (info is null)
        {
            return new Error(FileStoreErrorCodes.NotFound, $"File {sha256} is not in the store.");
        }

        byte[] bytes;
        try
        {
            bytes = await _bucket.DownloadAsBytesAsync(info.Id, cancellationToken: cancellationToken);
        }
        catch (GridFSChunkException exception)
        {
            _logger.LogError(exception, "Stored file {FileSha256} has missing or damaged GridFS chunks", sha256);
            return FolderFileStore.Corrupt(sha256);
        }

        if (FileKey.Compute(bytes) != sha256)
        {
            _logger.LogError(
                "Stored file {FileSha256} failed its hash check in GridFS; it was altered or damaged after it was stored",
                sha256);
            return FolderFileStore.Corrupt(sha256);
        }

        return bytes;
    }

    public async Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken) =>
        FileKey.IsValid(sha256) && await FindAsync(sha256, cancellationToken) is not null;

    public async Task<Result> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken);
            await EnsureUniqueIndexAsync(cancellationToken);
            return Result.Success();
        }
        catch (Exception exception) when (exception is MongoException or TimeoutException)
        {
            _logger.LogWarning(exception, "GridFS file store in database {MongoDatabase} is unavailable", _database.DatabaseNamespace.DatabaseName);
            return Result.Failure(
                FileStoreErrorCodes.Unavailable,
                $"GridFS file store in MongoDB database '{_database.DatabaseNamespace.DatabaseName}' is unavailable: {exception.Message} Check Storage:MongoConnectionString and that the server is up.");
        }
    }

    private async Task<GridFSFileInfo?> FindAsync(string sha256, CancellationToken cancellationToken)
    {
        var filter = Builders<GridFSFileInfo>.Filter.Eq(file => file.Filename, sha256);
        using var cursor = await _bucket.FindAsync(filter, new GridFSFindOptions { Limit = 1 }, cancellationToken);
        return await cursor.FirstOrDefaultAsync(cancellationToken);
    }

    private async Task RenameOrDiscardAsync(ObjectId uploadId, StoredFile stored, CancellationToken cancellationToken)
    {
        try
        {
            await _bucket.RenameAsync(uploadId, stored.Sha256, cancellationToken);
            _logger.LogInformation("Stored file {FileSha256} of {FileLength} bytes", stored.Sha256, stored.Length);
        }
        catch (Exception exception) when (IsDuplicateKey(exception))
        {
            await _bucket.DeleteAsync(uploadId, CancellationToken.None);
            _logger.LogDebug("File {FileSha256} is already stored; the new copy is discarded", stored.Sha256);
        }
    }

    private async Task EnsureUniqueIndexAsync(CancellationToken cancellationToken)
    {
        if (_indexCreated)
        {
            return;
        }

        // Creating an index that exists with the same options is a no-op on the server, so
        // concurrent first calls need no lock.
        var keys = Builders<GridFSFileInfo>.IndexKeys.Ascending(file => file.Filename);
        var model = new CreateIndexModel<GridFSFileInfo>(
            keys, new CreateIndexOptions { Name = UniqueFileNameIndex, Unique = true });
        await _filesCollection.Indexes.CreateOneAsync(model, cancellationToken: cancellationToken);
        _indexCreated = true;
    }

    private static bool IsDuplicateKey(Exception exception) => exception switch
    {
        MongoWriteException write => write.WriteError?.Category == ServerErrorCategory.DuplicateKey,
        MongoCommandException command => command.Code == 11000,
        _ => false,
    };
}
