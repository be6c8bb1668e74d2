using Idocs.Common.Results;

namespace Idocs.Storage.Files;

/// <summary>
/// Content-addressed store for originals, signatures and print forms. A file's key is the
/// lowercase hex SHA-256 of its bytes, so storing the same content twice stores it once.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Stores the stream's bytes and returns their SHA-256 key. Fails with
    /// <see cref="FileStoreErrorCodes.TooLarge"/> when the content exceeds the configured limit.
    /// </summary>
    Task<Result<StoredFile>> SaveAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the file with the given key, re-checking its hash. Fails with
    /// <see cref="FileStoreErrorCodes.NotFound"/> or <see cref="FileStoreErrorCodes.Corrupt"/>;
    /// corrupt bytes are never returned.
    /// </summary>
    Task<Result<byte[]>> ReadAsync(string sha256, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Checks that the store can be reached and written; used by the readiness probe.</summary>
    Task<Result> CheckHealthAsync(CancellationToken cancellationToken);
}
