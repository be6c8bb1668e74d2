using Idocs.Storage.Files;
using DocumentsFileStore = Idocs.Documents.Uploads.IFileStore;
using StorageFileStore = Idocs.Storage.Files.IFileStore;

namespace Idocs.Storage.Documents;

/// <summary>
/// The documents' content-addressed file port over the configured file store (a folder or GridFS).
/// Failures the port cannot report as a result (a file over the size limit, bytes that do not match
/// their key, a corrupt stored file) are thrown, because each is a bug or an infrastructure fault.
/// </summary>
public sealed class DocumentFileStore(StorageFileStore files) : DocumentsFileStore
{
    public async Task PutAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (!FileKey.IsValid(sha256))
        {
            throw new ArgumentException(FileKey.InvalidKeyError(sha256).Message, nameof(sha256));
        }

        await using var stream = new MemoryStream(content.ToArray(), writable: false);
        var saved = await files.SaveAsync(stream, cancellationToken);
        if (!saved.IsSuccess)
        {
            throw new InvalidOperationException($"Storing file {sha256} failed: {saved.Error.Message}");
        }

        if (saved.Value.Sha256 != sha256)
        {
            throw new ArgumentException(
                $"The content passed for key {sha256} hashes to {saved.Value.Sha256}; compute the key from the bytes being stored.",
                nameof(sha256));
        }
    }

    public async Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken)
    {
        if (!FileKey.IsValid(sha256))
        {
            return null;
        }

        var read = await files.ReadAsync(sha256, cancellationToken);
        if (read.IsSuccess)
        {
            return read.Value;
        }

        return read.Error.Code == FileStoreErrorCodes.NotFound
            ? null
            : throw new InvalidOperationException($"Reading file {sha256} failed: {read.Error.Message}");
    }
}
