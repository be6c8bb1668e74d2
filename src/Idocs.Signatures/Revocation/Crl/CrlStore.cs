using System.Collections.Concurrent;
using Idocs.Signatures.Trust;
using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Revocation.Crl;

/// <summary>
/// The CRLs currently known, each stored under the source it came from (a URL or file path) so
/// that a refresh replaces the previous CRL of that source. Thread-safe; lookups are by issuer name.
/// </summary>
public sealed class CrlStore
{
    private readonly ConcurrentDictionary<string, IndexedCrl> _bySource = new(StringComparer.Ordinal);

    /// <summary>Stores <paramref name="crl"/> for <paramref name="source"/>, unless the stored one is newer.</summary>
    public void Put(string source, IndexedCrl crl)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(crl);
        _bySource.AddOrUpdate(source, crl, (_, existing) => existing.ThisUpdate > crl.ThisUpdate ? existing : crl);
    }

    public IndexedCrl? Get(string source) => _bySource.GetValueOrDefault(source);

    public IReadOnlyList<IndexedCrl> FindByIssuer(X509Name issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var key = DistinguishedNames.ToKey(issuer);
        return _bySource.Values.Where(crl => DistinguishedNames.ToKey(crl.Issuer) == key).Distinct().ToList();
    }
}
