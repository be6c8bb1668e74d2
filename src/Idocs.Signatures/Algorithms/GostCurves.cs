using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.CryptoPro;
using Org.BouncyCastle.Crypto.Parameters;

namespace Idocs.Signatures.Algorithms;

/// <summary>
/// Domain parameters of the GOST curves, found by Kazakh or Russian curve OID. The Kazakh curve
/// OIDs are aliases: 34.310-2004 uses CryptoPro-A, 34.10-2015-512 uses TC26-512-paramSetA.
/// </summary>
public static class GostCurves
{
    private static readonly Dictionary<string, string> KazakhAliases = new()
    {
        [SignatureOids.KazakhGost2004CurveA] = SignatureOids.RussianCryptoProCurveA,
        [SignatureOids.KazakhGost2015Curve256A] = SignatureOids.RussianTc26Curve256A,
        [SignatureOids.KazakhGost2015Curve512A] = SignatureOids.RussianTc26Curve512A,
    };

    private static readonly Dictionary<string, ECDomainParameters?> Cache = new();
    private static readonly Lock CacheLock = new();

    /// <summary>Returns the domain parameters for a curve OID, or null when the curve is unknown.</summary>
    public static ECDomainParameters? Find(string curveOid)
    {
        ArgumentNullException.ThrowIfNull(curveOid);
        lock (CacheLock)
        {
            if (!Cache.TryGetValue(curveOid, out var domain))
            {
                domain = Load(curveOid);
                Cache[curveOid] = domain;
            }

            return domain;
        }
    }

    private static ECNamedDomainParameters? Load(string curveOid)
    {
        var russianOid = new DerObjectIdentifier(KazakhAliases.GetValueOrDefault(curveOid, curveOid));
        var x9 = ECGost3410NamedCurves.GetByOid(russianOid);
        return x9 is null ? null : new ECNamedDomainParameters(russianOid, x9);
    }
}
