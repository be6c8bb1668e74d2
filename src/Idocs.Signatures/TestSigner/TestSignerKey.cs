using System.Text;
using System.Text.Json.Nodes;
using Idocs.Common.Results;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Xml;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.TestSigner;

/// <summary>The test signer's one key and the signatures it makes, CMS and XML.</summary>
internal sealed class TestSignerKey(SigningKey key)
{
    private readonly XmlSignatureSigner _xmlSigner = new(new XmlDigestCalculator());
    private readonly SigningKeyXmlAdapter _xmlKey = new(key);

    public byte[] SignCms(byte[] content, bool attached) =>
        CadesSigner.Sign(key, content, new CadesSignOptions { Detached = !attached });

    public byte[] SignCmsOverDigest(byte[] digest) => DigestCmsBuilder.Build(key, digest, DateTimeOffset.UtcNow);

    public Result<string> SignXml(string xml) => _xmlSigner.Sign(xml, _xmlKey);

    /// <summary>Whether the certificate carries every extended key usage OID asked for.</summary>
    public bool HasExtendedKeyUsages(IEnumerable<string> oids)
    {
        var present = key.Certificate.GetExtendedKeyUsage()?.Select(oid => oid.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        return oids.All(present.Contains);
    }

    /// <summary>The key description NCALayer's <c>getKeyInfo</c> returns; dates are epoch milliseconds as strings.</summary>
    public JsonObject KeyInfo()
    {
        var certificate = key.Certificate;
        var authorityKeyId = certificate.GetExtensionValue(X509Extensions.AuthorityKeyIdentifier) is { } extension
            ? AuthorityKeyIdentifier.GetInstance(Asn1Object.FromByteArray(extension.GetOctets())).KeyIdentifier?.GetOctets()
            : null;
        return new JsonObject
        {
            ["alias"] = Convert.ToHexStringLower(certificate.SerialNumber.ToByteArrayUnsigned()),
            ["keyId"] = Convert.ToHexStringLower(certificate.SerialNumber.ToByteArrayUnsigned()),
            ["algorithm"] = certificate.SubjectPublicKeyInfo.Algorithm.Algorithm.Id == Algorithms.SignatureOids.RsaEncryption ? "RSA" : "ECGOST34310",
            ["subjectCn"] = FirstValue(certificate.SubjectDN, X509Name.CN),
            ["subjectDn"] = certificate.SubjectDN.ToString(),
            ["issuerCn"] = FirstValue(certificate.IssuerDN, X509Name.CN),
            ["issuerDn"] = certificate.IssuerDN.ToString(),
            ["serialNumber"] = certificate.SerialNumber.ToString(16),
            ["certNotBefore"] = EpochMilliseconds(certificate.NotBefore),
            ["certNotAfter"] = EpochMilliseconds(certificate.NotAfter),
            ["authorityKeyIdentifier"] = authorityKeyId is null ? null : Convert.ToHexStringLower(authorityKeyId),
            ["pem"] = Pem("CERTIFICATE", certificate.GetEncoded()),
        };
    }

    /// <summary>Armours DER as PEM with 64-character lines, the way NCALayer returns CMS and certificates.</summary>
    public static string Pem(string label, byte[] der)
    {
        var base64 = Convert.ToBase64String(der);
        var text = new StringBuilder().Append("-----BEGIN ").Append(label).Append("-----\n");
        for (var start = 0; start < base64.Length; start += 64)
        {
            text.Append(base64, start, Math.Min(64, base64.Length - start)).Append('\n');
        }

        return text.Append("-----END ").Append(label).Append("-----\n").ToString();
    }

    private static string? FirstValue(X509Name name, DerObjectIdentifier oid) => name.GetValueList(oid).FirstOrDefault();

    private static string EpochMilliseconds(DateTime time) =>
        new DateTimeOffset(time.ToUniversalTime()).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
