namespace Idocs.Documents.Uploads;

/// <summary>
/// Content-addressed storage of file bytes: the key is the lowercase hex SHA-256 of the content,
/// so storing the same bytes twice keeps one copy and stored bytes cannot change under their key.
/// </summary>
public interface IFileStore
{
    Task PutAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Returns the stored bytes, or null when nothing is stored under the key.</summary>
    Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken);
}
