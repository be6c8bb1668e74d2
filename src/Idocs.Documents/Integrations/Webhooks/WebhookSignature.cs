using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Idocs.Documents.Integrations.Webhooks;

/// <summary>
/// The HMAC-SHA256 signature of a delivery: the key is the webhook's secret (its UTF-8 bytes) and
/// the signed content is the Unix timestamp in seconds, a full stop, and the raw body bytes. The
/// value is sent as <c>Idocs-Signature: v1=&lt;lower-case hex&gt;</c> beside
/// <c>Idocs-Timestamp</c>, so a receiver can reject replays older than a few minutes.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "Idocs-Timestamp";
    public const string SignatureHeader = "Idocs-Signature";
    public const string EventIdHeader = "Idocs-Event-Id";
    public const string EventTypeHeader = "Idocs-Event-Type";
    public const string VersionPrefix = "v1=";

    public static string Compute(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);

        var prefix = Encoding.ASCII.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return VersionPrefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), content));
    }

    /// <summary>Checks a received signature in constant time.</summary>
    public static bool Matches(string secret, long unixSeconds, ReadOnlySpan<byte> body, string? received)
    {
        if (received is null)
        {
            return false;
        }

        var expected = Compute(secret, unixSeconds, body);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(received));
    }
}
