using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Idocs.Common.Results;

namespace Idocs.Documents.Search;

/// <summary>
/// Encodes a <see cref="KeysetPosition"/> as an opaque base64url token bound to one list, and reads
/// it back from untrusted input.
/// </summary>
/// <remarks>
/// The token is a format version, the position, and the first 8 bytes of SHA-256 over the scope
/// and the position. The scope names the list, the profile and the filters, so a token altered in
/// transit or reused with another query or profile is rejected. The check is not a secret: a
/// forged position could only move the start of a page inside the same tenant-filtered query.
/// </remarks>
public static class ContinuationToken
{
    private const byte FormatVersion = 1;
    private const int CheckLength = 8;
    private const int PayloadLength = 1 + sizeof(long) + 16;
    private const int TokenLength = PayloadLength + CheckLength;

    /// <summary>The longest token text read; anything longer is rejected before decoding.</summary>
    public const int MaxTextLength = 64;

    public static string Encode(KeysetPosition position, string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);

        var bytes = new byte[TokenLength];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1), position.Time.UtcTicks);
        position.Id.TryWriteBytes(bytes.AsSpan(1 + sizeof(long), 16));
        Check(bytes.AsSpan(0, PayloadLength), scope).CopyTo(bytes.AsSpan(PayloadLength));
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>
    /// Reads a token made by <see cref="Encode"/> for the same <paramref name="scope"/>; anything else
    /// fails with <see cref="DocumentSearchErrorCodes.InvalidContinuationToken"/>.
    /// </summary>
    public static Result<KeysetPosition> Decode(string token, string scope)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(scope);

        if (token.Length == 0 || token.Length > MaxTextLength || !token.All(IsBase64UrlChar))
        {
            return Invalid();
        }

        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var bytes = new byte[TokenLength + 3];
        if (!Convert.TryFromBase64String(base64, bytes, out var written) || written != TokenLength || bytes[0] != FormatVersion)
        {
            return Invalid();
        }

        var expected = Check(bytes.AsSpan(0, PayloadLength), scope);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(PayloadLength, CheckLength)))
        {
            return Invalid();
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(1));
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return Invalid();
        }

        var id = new Guid(bytes.AsSpan(1 + sizeof(long), 16));
        return new KeysetPosition(new DateTimeOffset(ticks, TimeSpan.Zero), id);
    }

    private static byte[] Check(ReadOnlySpan<byte> payload, string scope)
    {
        var scopeBytes = Encoding.UTF8.GetBytes(scope);
        var input = new byte[scopeBytes.Length + 1 + payload.Length];
        scopeBytes.CopyTo(input, 0);
        payload.CopyTo(input.AsSpan(scopeBytes.Length + 1));
        return SHA256.HashData(input)[..CheckLength];
    }

    private static bool IsBase64UrlChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static Error Invalid() => new(
        DocumentSearchErrorCodes.InvalidContinuationToken,
        "The continuation token is invalid, altered, or belongs to another query; request the first page again without a token.");
}
