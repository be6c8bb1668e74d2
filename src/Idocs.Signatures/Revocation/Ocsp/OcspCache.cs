using System.Collections.Concurrent;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Revocation.Ocsp;

/// <summary>
/// Verified OCSP responses keyed by (issuer key, serial number), each kept until its nextUpdate, or
/// for <see cref="OcspOptions.MaxAgeWithoutNextUpdate"/> after thisUpdate when it has none.
/// </summary>
public sealed class OcspCache(TimeProvider clock, OcspOptions options)
{
    private readonly ConcurrentDictionary<string, OcspResponseStatus> _entries = new(StringComparer.Ordinal);

    public OcspResponseStatus? Get(X509Certificate issuer, X509Certificate certificate)
    {
        var key = Key(issuer, certificate);
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (Expiry(entry) > clock.GetUtcNow())
        {
            return entry;
        }

        _entries.TryRemove(key, out _);
        return null;
    }

    public void Put(X509Certificate issuer, X509Certificate certificate, OcspResponseStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (Expiry(status) > clock.GetUtcNow())
        {
            _entries[Key(issuer, certificate)] = status;
        }
    }

    private DateTimeOffset Expiry(OcspResponseStatus status) =>
        status.NextUpdate ?? status.ThisUpdate + options.MaxAgeWithoutNextUpdate;

    private static string Key(X509Certificate issuer, X509Certificate certificate) =>
        Convert.ToHexString(OcspCertificateId.KeyHash(issuer)) + "#" + certificate.SerialNumber.ToString(16);
}
