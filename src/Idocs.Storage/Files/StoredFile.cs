namespace Idocs.Storage.Files;

/// <summary>A stored file's key (lowercase hex SHA-256) and its length in bytes.</summary>
public sealed record StoredFile(string Sha256, long Length);
