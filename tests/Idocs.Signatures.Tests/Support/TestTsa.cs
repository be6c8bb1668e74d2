using Idocs.Signatures.Certificates;
using Idocs.Signatures.Digests;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Timestamps;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Tests.Support;

/// <summary>A self-signed RSA timestamp authority made in memory for CAdES-T round trips.</summary>
internal sealed class TestTsa
{
    private int _serial;

    public TestTsa(bool timeStampingUsage = true)
    {
        var generator = new RsaKeyPairGenerator();
        generator.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), new SecureRandom(), 2048, 80));
        var pair = generator.GenerateKeyPair();
        var name = new X509Name("CN=Idocs test TSA,C=KZ");
        var certificate = new X509V3CertificateGenerator();
        certificate.SetSerialNumber(BigInteger.ValueOf(7));
        certificate.SetIssuerDN(name);
        certificate.SetSubjectDN(name);
        certificate.SetNotBefore(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        certificate.SetNotAfter(new DateTime(2040, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        certificate.SetPublicKey(pair.Public);
        var usage = timeStampingUsage ? KeyPurposeID.id_kp_timeStamping : KeyPurposeID.id_kp_emailProtection;
        certificate.AddExtension(X509Extensions.ExtendedKeyUsage, true, new ExtendedKeyUsage(usage));
        var signed = certificate.Generate(new Asn1SignatureFactory("SHA256WITHRSA", pair.Private));
        Key = new SigningKey((RsaPrivateCrtKeyParameters)pair.Private, signed, []);
    }

    public SigningKey Key { get; }

    public static DateTimeOffset GenerationTime { get; } = new(2022, 9, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Returns a token over the data, as a timestamp provider for <c>CadesSigner</c>.</summary>
    public byte[] Stamp(byte[] data) => TimestampTokenGenerator.Create(new TimestampTokenRequest(
        Key, data, DigestAlgorithm.Sha256, BigInteger.ValueOf(Interlocked.Increment(ref _serial)), GenerationTime, "1.2.398.3.3.2.6.4"));

    public NcaCertificate Certificate => NcaCertificate.From(Key.Certificate);
}
