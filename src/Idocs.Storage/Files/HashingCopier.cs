using System.Buffers;
using System.Security.Cryptography;
using Idocs.Common.Results;

namespace Idocs.Storage.Files;

/// <summary>
/// Copies content into a store's write target while hashing it with SHA-256 and counting its
/// bytes, and stops reading as soon as the content passes the size limit.
/// </summary>
internal static class HashingCopier
{
    private const int BufferSize = 81920;

    public static async Task<Result<StoredFile>> CopyAsync(
        Stream source, Stream destination, long maxFileBytes, CancellationToken cancellationToken)
    {
        if (source.CanSeek && source.Length - source.Position > maxFileBytes)
        {
            return TooLarge(source.Length - source.Position, exact: true, maxFileBytes);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long length = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                length += read;
                if (length > maxFileBytes)
                {
                    return TooLarge(length, exact: false, maxFileBytes);
                }

                hash.AppendData(buffer, 0, read);
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            return new StoredFile(FileKey.FromHash(hash.GetHashAndReset()), length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Error TooLarge(long size, bool exact, long maxFileBytes)
    {
        var sizeText = exact ? $"{size} bytes" : $"at least {size} bytes";
        return new Error(
            FileStoreErrorCodes.TooLarge,
            $"The file is {sizeText}, over the limit of {maxFileBytes} bytes (setting Storage:MaxFileBytes). Upload a smaller file or raise the limit.");
    }
}
