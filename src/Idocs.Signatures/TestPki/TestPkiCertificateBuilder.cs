using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.TestPki;

/// <summary>
/// Assembles and signs certificates from parts, so that GOST public keys with the Kazakh OIDs
/// (which BouncyCastle's generator cannot take as key objects) go in as raw SubjectPublicKeyInfo.
/// </summary>
internal sealed class TestPkiCertificateBuilder
{
    private static readonly SecureRandom Random = new();

    private readonly X509ExtensionsGenerator _extensions = new();

    public required X509Name Issuer { get; init; }

    public required X509Name Subject { get; init; }

    public required SubjectPublicKeyInfo PublicKey { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset NotAfter { get; init; }

    public TestPkiCertificateBuilder Add(DerObjectIdentifier oid, bool critical, Asn1Encodable value)
    {
        _extensions.AddExtension(oid, critical, value);
        return this;
    }

    /// <summary>A positive random 20-byte serial number, as NCA certificates have.</summary>
    public static BigInteger NewSerial()
    {
        var bytes = new byte[20];
        Random.NextBytes(bytes);
        bytes[0] = (byte)((bytes[0] & 0x7F) | 0x40);
        return new BigInteger(1, bytes);
    }

    public X509Certificate Sign(TestPkiKey issuerKey)
    {
        var tbs = new V3TbsCertificateGenerator();
        tbs.SetSerialNumber(new DerInteger(NewSerial()));
        tbs.SetIssuer(Issuer);
        tbs.SetSubject(Subject);
        tbs.SetStartDate(new Time(NotBefore.UtcDateTime));
        tbs.SetEndDate(new Time(NotAfter.UtcDateTime));
        tbs.SetSubjectPublicKeyInfo(PublicKey);
        tbs.SetSignature(issuerKey.SignatureAlgorithm);
        tbs.SetExtensions(_extensions.Generate());
        var tbsCertificate = tbs.GenerateTbsCertificate();

        var signature = issuerKey.Sign(tbsCertificate.GetDerEncoded());
        var structure = new X509CertificateStructure(tbsCertificate, issuerKey.SignatureAlgorithm, new DerBitString(signature));
        return new X509Certificate(structure);
    }

    public static Asn1Encodable Policy(string policy, Uri cps) =>
        new CertificatePolicies(new PolicyInformation(
            new DerObjectIdentifier(policy),
            new DerSequence(new PolicyQualifierInfo(cps.ToString()))));

    public static Asn1Encodable DistributionPoint(Uri crl) =>
        new CrlDistPoint([
            new Org.BouncyCastle.Asn1.X509.DistributionPoint(
                new DistributionPointName(new GeneralNames(new GeneralName(GeneralName.UniformResourceIdentifier, crl.ToString()))),
                null,
                null),
        ]);
}
