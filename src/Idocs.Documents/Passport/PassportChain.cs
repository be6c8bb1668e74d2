using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Idocs.Documents.Passport;

/// <summary>Numbers and hashes passport events.</summary>
public static class PassportChain
{
    /// <summary>The previous hash of a passport's first event.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private const string FormatTag = "idocs-passport-v1";

    /// <summary>Builds the event that follows <paramref name="last"/> (null for the first event).</summary>
    public static PassportEvent Append(Guid documentId, PassportEvent? last, PassportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);

        var unhashed = new PassportEvent
        {
            DocumentId = documentId,
            Sequence = (last?.Sequence ?? 0) + 1,
            Type = entry.Type,
            Actor = entry.Actor,
            OccurredAt = entry.OccurredAt,
            IpAddress = entry.IpAddress,
            PayloadJson = entry.PayloadJson,
            CertificateSerial = entry.CertificateSerial,
            ReportReference = entry.ReportReference,
            PreviousHash = last?.Hash ?? GenesisHash,
            Hash = string.Empty,
        };
        return unhashed with { Hash = ComputeHash(unhashed) };
    }

    /// <summary>
    /// Hashes the canonical form: a format tag, then every field except <see cref="PassportEvent.Hash"/>
    /// as UTF-8 with a 4-byte big-endian length prefix (a missing value has length -1), in a fixed
    /// order, with the time in UTC to 100 ns.
    /// </summary>
    public static string ComputeHash(PassportEvent passportEvent)
    {
        ArgumentNullException.ThrowIfNull(passportEvent);

        using var buffer = new MemoryStream();
        Write(buffer, FormatTag);
        Write(buffer, passportEvent.DocumentId.ToString("D"));
        Write(buffer, passportEvent.Sequence.ToString(CultureInfo.InvariantCulture));
        Write(buffer, ((int)passportEvent.Type).ToString(CultureInfo.InvariantCulture));
        Write(buffer, passportEvent.Actor.Id?.ToString("D"));
        Write(buffer, passportEvent.Actor.Name);
        Write(buffer, passportEvent.Actor.Iin);
        Write(buffer, passportEvent.IpAddress);
        Write(buffer, passportEvent.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        Write(buffer, passportEvent.PayloadJson);
        Write(buffer, passportEvent.CertificateSerial);
        Write(buffer, passportEvent.ReportReference);
        Write(buffer, passportEvent.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void Write(MemoryStream buffer, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            buffer.Write(length);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }
}
