namespace Idocs.Storage.Files;

public static class FileStoreErrorCodes
{
    public const string NotFound = "files.not_found";

    /// <summary>The content exceeds the configured maximum size; nothing was stored.</summary>
    public const string TooLarge = "files.too_large";

    /// <summary>
    /// The stored bytes no longer hash to their key: the file was altered or damaged after it
    /// was stored. The bytes are withheld; an operator restores the file from backup.
    /// </summary>
    public const string Corrupt = "files.corrupt";

    /// <summary>The key is not 64 lowercase hex characters.</summary>
    public const string InvalidKey = "files.invalid_key";

    /// <summary>
    /// The store cannot be reached or written, for example because the folder is read-only or
    /// MongoDB is down. The readiness probe reports the node as not ready until an operator fixes it.
    /// </summary>
    public const string Unavailable = "files.unavailable";
}
