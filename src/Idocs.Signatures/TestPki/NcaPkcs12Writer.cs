using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Oiw;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.TestPki;

/// <summary>
/// Writes a key and its certificate as PKCS#12 in the layout of NCA key files: the key bag
/// encrypted with pbeWithSHAAnd3-KeyTripleDES-CBC, the certificate bag with
/// pbeWithSHAAnd40BitRC2-CBC, 1024 iterations and a SHA-1 MAC. The private key goes in as given,
/// so GOST keys keep the Kazakh OIDs that generic PKCS#12 writers cannot produce.
/// </summary>
public static class NcaPkcs12Writer
{
    public const int Iterations = 1024;

    private static readonly SecureRandom Random = new();

    public static byte[] Write(byte[] privateKeyInfo, X509Certificate certificate, string password)
    {
        ArgumentNullException.ThrowIfNull(privateKeyInfo);
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(password);

        var passwordChars = password.ToCharArray();

        // As in NCA key files, the bags are linked by the subject key identifier, which is also the friendly name in hex.
        var keyId = Trust.KeyIdentifiers.GetSubjectKeyIdentifier(certificate)
            ?? DigestUtilities.CalculateDigest("SHA1", certificate.GetEncoded());
        var localKeyId = new DerSet(
            new AttributePkcs(PkcsObjectIdentifiers.Pkcs9AtLocalKeyID, new DerSet(new DerOctetString(keyId))),
            new AttributePkcs(PkcsObjectIdentifiers.Pkcs9AtFriendlyName, new DerSet(new DerBmpString(Convert.ToHexStringLower(keyId)))));

        var keyAlgorithm = PkcsObjectIdentifiers.PbeWithShaAnd3KeyTripleDesCbc;
        var keyParameters = new Pkcs12PbeParams(Salt(), Iterations);
        var encryptedKey = new EncryptedPrivateKeyInfo(
            new AlgorithmIdentifier(keyAlgorithm, keyParameters),
            Encrypt(keyAlgorithm, keyParameters, passwordChars, privateKeyInfo));
        var keyBag = new SafeBag(PkcsObjectIdentifiers.Pkcs8ShroudedKeyBag, encryptedKey, localKeyId);
        var keyContents = new ContentInfo(PkcsObjectIdentifiers.Data, new DerOctetString(new DerSequence(keyBag).GetEncoded(Asn1Encodable.Der)));

        var certBag = new SafeBag(
            PkcsObjectIdentifiers.CertBag,
            new CertBag(PkcsObjectIdentifiers.X509Certificate, new DerOctetString(certificate.GetEncoded())),
            localKeyId);
        var certContents = EncryptCertificates(new DerSequence(certBag).GetEncoded(Asn1Encodable.Der), passwordChars);

        var authenticatedSafe = new AuthenticatedSafe([keyContents, certContents]).GetEncoded(Asn1Encodable.Der);
        var macSalt = Salt();
        var mac = Mac(authenticatedSafe, passwordChars, macSalt);
        var macData = new MacData(
            new DigestInfo(new AlgorithmIdentifier(OiwObjectIdentifiers.IdSha1, DerNull.Instance), mac),
            macSalt,
            Iterations);

        var pfx = new Pfx(new ContentInfo(PkcsObjectIdentifiers.Data, new DerOctetString(authenticatedSafe)), macData);
        return pfx.GetEncoded(Asn1Encodable.Der);
    }

    private static ContentInfo EncryptCertificates(byte[] safeContents, char[] password)
    {
        var algorithm = PkcsObjectIdentifiers.PbewithShaAnd40BitRC2Cbc;
        var parameters = new Pkcs12PbeParams(Salt(), Iterations);
        var encrypted = Encrypt(algorithm, parameters, password, safeContents);
        var data = new EncryptedData(PkcsObjectIdentifiers.Data, new AlgorithmIdentifier(algorithm, parameters), new DerOctetString(encrypted));
        return new ContentInfo(PkcsObjectIdentifiers.EncryptedData, data);
    }

    private static byte[] Encrypt(DerObjectIdentifier algorithm, Pkcs12PbeParams parameters, char[] password, byte[] plain)
    {
        var cipher = (IBufferedCipher)PbeUtilities.CreateEngine(algorithm);
        cipher.Init(true, PbeUtilities.GenerateCipherParameters(algorithm, password, parameters));
        return cipher.DoFinal(plain);
    }

    private static byte[] Mac(byte[] data, char[] password, byte[] salt)
    {
        var generator = new Pkcs12ParametersGenerator(new Sha1Digest());
        generator.Init(PbeParametersGenerator.Pkcs12PasswordToBytes(password), salt, Iterations);
        var key = generator.GenerateDerivedMacParameters(160);
        var hmac = new HMac(new Sha1Digest());
        hmac.Init(key);
        hmac.BlockUpdate(data, 0, data.Length);
        var result = new byte[hmac.GetMacSize()];
        hmac.DoFinal(result, 0);
        return result;
    }

    private static byte[] Salt()
    {
        var salt = new byte[20];
        Random.NextBytes(salt);
        return salt;
    }
}
