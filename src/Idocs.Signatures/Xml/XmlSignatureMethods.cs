using Idocs.Common.Results;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Xml;

/// <summary>
/// Maps <c>ds:SignatureMethod</c> URIs to signature algorithm identifiers: RSA PKCS#1 v1.5 and
/// RSA-PSS (RFC 6931), and the NCA GOST methods with their Kazakh OIDs (1.2.398.3.10.*).
/// HMAC methods are rejected on their own code because a shared secret proves no signer.
/// </summary>
public static class XmlSignatureMethods
{
    /// <summary>GOST 34.310-2004 with GOST 34.311-95.</summary>
    public const string Gost2004SignatureOid = "1.2.398.3.10.1.1.1.2";

    /// <summary>GOST R 34.10-2015 256-bit with GOST 34.11-2015 256-bit.</summary>
    public const string Gost2015With256SignatureOid = "1.2.398.3.10.1.1.2.3.1";

    /// <summary>GOST R 34.10-2015 512-bit with GOST 34.11-2015 512-bit.</summary>
    public const string Gost2015With512SignatureOid = "1.2.398.3.10.1.1.2.3.2";

    public static Result<XmlSignatureMethod> Resolve(string uri, bool allowSha1)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (uri.Contains("hmac", StringComparison.OrdinalIgnoreCase))
        {
            return Result<XmlSignatureMethod>.Failure(
                XmlSignatureErrorCodes.HmacForbidden,
                $"The signature method '{uri}' is an HMAC; a shared-secret MAC does not identify a signer. Sign with a certificate key.");
        }

        var method = Find(uri);
        if (method is null)
        {
            return Result<XmlSignatureMethod>.Failure(
                XmlSignatureErrorCodes.UnsupportedAlgorithm,
                $"The signature method '{uri}' is not supported; supported are RSA with SHA-1/SHA-2, RSA-PSS and the NCA GOST methods.");
        }

        if (method.UsesSha1 && !allowSha1)
        {
            return Result<XmlSignatureMethod>.Failure(
                XmlSignatureErrorCodes.AlgorithmNotAllowed,
                $"The signature method '{uri}' uses SHA-1, which the verification policy does not allow.");
        }

        return method;
    }

    private static XmlSignatureMethod? Find(string uri) => uri switch
    {
        XmlDsigUris.RsaSha1 or XmlDsigUris.RsaSha1More => Rsa(uri, PkcsObjectIdentifiers.Sha1WithRsaEncryption, usesSha1: true),
        XmlDsigUris.RsaSha256 => Rsa(uri, PkcsObjectIdentifiers.Sha256WithRsaEncryption, usesSha1: false),
        XmlDsigUris.RsaSha384 => Rsa(uri, PkcsObjectIdentifiers.Sha384WithRsaEncryption, usesSha1: false),
        XmlDsigUris.RsaSha512 => Rsa(uri, PkcsObjectIdentifiers.Sha512WithRsaEncryption, usesSha1: false),
        XmlDsigUris.RsaPssSha256 => RsaPss(uri, NistObjectIdentifiers.IdSha256, 32),
        XmlDsigUris.RsaPssSha384 => RsaPss(uri, NistObjectIdentifiers.IdSha384, 48),
        XmlDsigUris.RsaPssSha512 => RsaPss(uri, NistObjectIdentifiers.IdSha512, 64),
        XmlDsigUris.Gost34310Gost34311 => Gost(uri, Gost2004SignatureOid),
        XmlDsigUris.Gost34102015With256 => Gost(uri, Gost2015With256SignatureOid),
        XmlDsigUris.Gost34102015With512 => Gost(uri, Gost2015With512SignatureOid),
        _ => null,
    };

    private static XmlSignatureMethod Rsa(string uri, DerObjectIdentifier oid, bool usesSha1) =>
        new(uri, new AlgorithmIdentifier(oid, DerNull.Instance), usesSha1);

    // RFC 6931 section 2.3.10: MGF1 with the same hash and a salt as long as the hash output,
    // the parameters an RSAPSSParams element would otherwise state.
    private static XmlSignatureMethod RsaPss(string uri, DerObjectIdentifier hashOid, int saltLength)
    {
        var hash = new AlgorithmIdentifier(hashOid, DerNull.Instance);
        var parameters = new RsassaPssParameters(
            hash,
            new AlgorithmIdentifier(PkcsObjectIdentifiers.IdMgf1, hash),
            DerInteger.ValueOf(saltLength),
            DerInteger.ValueOf(1));
        return new XmlSignatureMethod(uri, new AlgorithmIdentifier(PkcsObjectIdentifiers.IdRsassaPss, parameters), false);
    }

    private static XmlSignatureMethod Gost(string uri, string oid) =>
        new(uri, new AlgorithmIdentifier(new DerObjectIdentifier(oid)), false);
}
