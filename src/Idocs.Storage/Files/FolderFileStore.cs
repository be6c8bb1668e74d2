using System.Security.Cryptography;
using Idocs.Common.Results;
using Microsoft.Extensions.Logging;

namespace Idocs.Storage.Files;

/// <summary>
/// File store in a local folder: <c>&lt;root&gt;/ab/cd/abcd…</c>, sharded by the first two byte
/// pairs of the key. A file is written to <c>&lt;root&gt;/incoming</c>, flushed to disk and then
/// moved into place without overwriting, so readers never see a partial file and two writers of
/// the same content leave one copy.
/// </summary>
public sealed class FolderFileStore : IFileStore
{
    public const string IncomingFolderName = "incoming";

    private readonly string _rootDirectory;
    private readonly string _incomingDirectory;
    private readonly long _maxFileBytes;
    private readonly ILogger<FolderFileStore> _logger;

    public FolderFileStore(string rootDirectory, long maxFileBytes, ILogger<FolderFileStore> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFileBytes);
        ArgumentNullException.ThrowIfNull(logger);

        _rootDirectory = Path.GetFullPath(rootDirectory);
        _incomingDirectory = Path.Combine(_rootDirectory, IncomingFolderName);
        _maxFileBytes = maxFileBytes;
        _logger = logger;
    }

    public string RootDirectory => _rootDirectory;

    /// <summary>Returns where the file with the given (already validated) key lives.</summary>
    public string PathFor(string sha256)
    {
        if (!FileKey.IsValid(sha256))
        {
            throw new ArgumentException(FileKey.InvalidKeyError(sha256).Message, nameof(sha256));
        }

        return Path.Combine(_rootDirectory, sha256[..2], sha256[2..4], sha256);
    }

    public async Task<Result<StoredFile>> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);

        // NOTE: a process killed during a write leaves its temporary file in incoming/, and
        // nothing removes it yet. Files there that are older than any running upload are safe to delete.
        Directory.CreateDirectory(_incomingDirectory);
        var temporaryPath = Path.Combine(_incomingDirectory, $"{Guid.NewGuid():N}.tmp");
        try
        {
            var copied = await WriteTemporaryFileAsync(content, temporaryPath, cancellationToken);
            if (!copied.IsSuccess)
            {
                return copied;
            }

            MoveIntoPlace(temporaryPath, copied.Value);
            return copied;
        }
        finally
        {
            DeleteIfPresent(temporaryPath);
        }
    }

    public async Task<Result<byte[]>> ReadAsync(string sha256, CancellationToken cancellationToken)
    {
        if (!FileKey.IsValid(sha256))
        {
            return FileKey.InvalidKeyError(sha256);
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(PathFor(sha256), cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return new Error(FileStoreErrorCodes.NotFound, $"File {sha256} is not in the store.");
        }

        if (FileKey.Compute(bytes) != sha256)
        {
            _logger.LogError(
                "Stored file {FileSha256} failed its hash check in folder {FileStoreFolder}; it was altered or damaged after it was stored",
                sha256,
                _rootDirectory);
            return Corrupt(sha256);
        }

        return bytes;
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken) =>
        Task.FromResult(FileKey.IsValid(sha256) && File.Exists(PathFor(sha256)));

    public async Task<Result> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var probePath = Path.Combine(_incomingDirectory, $"health-{Guid.NewGuid():N}.probe");
        try
        {
            Directory.CreateDirectory(_incomingDirectory);
            await File.WriteAllBytesAsync(probePath, [1], cancellationToken);
            File.Delete(probePath);
            return Result.Success();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(exception, "File store folder {FileStoreFolder} cannot be written", _rootDirectory);
            return Result.Failure(
                FileStoreErrorCodes.Unavailable,
                $"File store folder '{_rootDirectory}' cannot be written: {exception.Message} Check that the folder exists, is a directory and is writable by the application.");
        }
    }

    internal static Error Corrupt(string sha256) =>
        new(
            FileStoreErrorCodes.Corrupt,
            $"Stored file {sha256} does not match its SHA-256 key: it was altered or damaged after it was stored. Restore it from backup.");

    private async Task<Result<StoredFile>> WriteTemporaryFileAsync(
        Stream content, string temporaryPath, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(
            temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);

        var copied = await HashingCopier.CopyAsync(content, file, _maxFileBytes, cancellationToken);
        if (copied.IsSuccess)
        {
            file.Flush(flushToDisk: true);
        }

        return copied;
    }

    private void MoveIntoPlace(string temporaryPath, StoredFile stored)
    {
        var targetPath = PathFor(stored.Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(targetPath)!);
        try
        {
            // Without overwrite the move fails when the target exists, so concurrent writers of
            // the same content race safely: the first one places the file, the others discard.
            File.Move(temporaryPath, targetPath, overwrite: false);
            _logger.LogInformation(
                "Stored file {FileSha256} of {FileLength} bytes", stored.Sha256, stored.Length);
        }
        catch (IOException) when (File.Exists(targetPath))
        {
            ReplaceIfCorrupt(temporaryPath, targetPath, stored.Sha256);
        }
    }

    private void ReplaceIfCorrupt(string temporaryPath, string targetPath, string sha256)
    {
        using (var existing = File.OpenRead(targetPath))
        {
            if (FileKey.FromHash(SHA256.HashData(existing)) == sha256)
            {
                _logger.LogDebug("File {FileSha256} is already stored; the new copy is discarded", sha256);
                return;
            }
        }

        // The fresh copy is known good, so it repairs a file damaged on disk.
        File.Move(temporaryPath, targetPath, overwrite: true);
        _logger.LogWarning("Stored file {FileSha256} was corrupt and is replaced by a new upload of the same content", sha256);
    }

    private void DeleteIfPresent(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(exception, "Temporary upload {TemporaryFilePath} could not be deleted", path);
        }
    }
}
