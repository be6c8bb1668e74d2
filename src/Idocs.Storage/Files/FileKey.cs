using System.Security.Cryptography;
using Idocs.Common.Results;

namespace Idocs.Storage.Files;

/// <summary>
/// File keys: the lowercase hex SHA-256 of a file's bytes. Only keys of this exact form reach a
/// path or a query, so a key from outside cannot name another file or folder.
/// </summary>
public static class FileKey
{
    public const int Length = 64;

    private const int MaxEchoedLength = 80;

    public static bool IsValid(string? key)
    {
        if (key is null || key.Length != Length)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }

    public static Error InvalidKeyError(string? key)
    {
        var shown = key ?? "(null)";
        if (shown.Length > MaxEchoedLength)
        {
            shown = shown[..MaxEchoedLength] + "...";
        }

        return new Error(
            FileStoreErrorCodes.InvalidKey,
            $"File key '{shown}' is invalid: a key is the 64-character lowercase hex SHA-256 of the file. Pass the key the store returned when the file was saved.");
    }

    public static string FromHash(ReadOnlySpan<byte> sha256) => Convert.ToHexStringLower(sha256);

    /// <summary>Computes the key of the given bytes.</summary>
    public static string Compute(ReadOnlySpan<byte> content) => FromHash(SHA256.HashData(content));
}
