using System.Security.Cryptography;
using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Digests;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace Idocs.Signatures.Keys;

/// <summary>
/// Writes PKCS#12 key files in the layout NCA key files use: the key in a shrouded bag under
/// pbeWithSHAAnd3-KeyTripleDES-CBC, the certificates in an encrypted bag under
/// pbeWithSHAAnd40BitRC2-CBC, 1024 iterations and a SHA-1 MAC. Used by the test PKI and tests.
/// </summary>
public static class Pkcs12Writer
{
    private const int Iterations = 1024;
    private const string LocalKeyIdOid = "1.2.840.113549.1.9.21";

    public static byte[] Write(SigningKey key, string password)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(password);
        var passwordChars = password.ToCharArray();
        var localKeyId = new DerSet(new DerOctetString(DigestAlgorithms.Compute(DigestAlgorithm.Sha1, key.Certificate.GetEncoded())));
        var keyAttributes = new DerSet(new AttributePkcs(new DerObjectIdentifier(LocalKeyIdOid), localKeyId));

        var encryptedKey = EncryptedPrivateKeyInfoFactory.CreateEncryptedPrivateKeyInfo(
            PkcsObjectIdentifiers.PbeWithShaAnd3KeyTripleDesCbc.Id, passwordChars, RandomNumberGenerator.GetBytes(8), Iterations, PrivateKeyInfoOf(key));
        var keyBags = new DerSequence(new SafeBag(PkcsObjectIdentifiers.Pkcs8ShroudedKeyBag, encryptedKey.ToAsn1Object(), keyAttributes));

        var certificateBags = new List<Asn1Encodable>
        {
            new SafeBag(PkcsObjectIdentifiers.CertBag, CertificateBag(key.Certificate.GetEncoded()), keyAttributes),
        };
        certificateBags.AddRange(key.OtherCertificates.Select(c => new SafeBag(PkcsObjectIdentifiers.CertBag, CertificateBag(c.GetEncoded()))));

        var authenticatedSafe = new AuthenticatedSafe(
        [
            new ContentInfo(PkcsObjectIdentifiers.Data, new DerOctetString(keyBags.GetEncoded(Asn1Encodable.Der))),
            EncryptedCertificates(new DerSequence(certificateBags.ToArray()).GetEncoded(Asn1Encodable.Der), passwordChars),
        ]).GetEncoded(Asn1Encodable.Der);

        var macSalt = RandomNumberGenerator.GetBytes(8);
        var mac = Pkcs12Mac.Compute(DigestAlgorithm.Sha1, macSalt, Iterations, authenticatedSafe, passwordChars);
        var macData = new MacData(new DigestInfo(new AlgorithmIdentifier(new DerObjectIdentifier(DigestOids.Sha1), DerNull.Instance), mac), macSalt, Iterations);
        return new Pfx(new ContentInfo(PkcsObjectIdentifiers.Data, new DerOctetString(authenticatedSafe)), macData).GetEncoded(Asn1Encodable.Der);
    }

    private static PrivateKeyInfo PrivateKeyInfoOf(SigningKey key) => key.PrivateKey switch
    {
        ECPrivateKeyParameters gost => GostPrivateKeys.Encode(gost, key.Certificate.SubjectPublicKeyInfo.Algorithm),
        RsaPrivateCrtKeyParameters rsa => PrivateKeyInfoFactory.CreatePrivateKeyInfo(rsa),
        _ => throw new NotSupportedException($"Writing {key.PrivateKey.GetType().Name} keys is not supported."),
    };

    private static DerSequence CertificateBag(byte[] certificate) =>
        new(PkcsObjectIdentifiers.X509Certificate, new DerTaggedObject(true, 0, new DerOctetString(certificate)));

    private static ContentInfo EncryptedCertificates(byte[] safeContents, char[] password)
    {
        var parameters = new Pkcs12PbeParams(RandomNumberGenerator.GetBytes(8), Iterations);
        var algorithm = new AlgorithmIdentifier(PkcsObjectIdentifiers.PbewithShaAnd40BitRC2Cbc, parameters);
        var cipher = (IBufferedCipher)PbeUtilities.CreateEngine(algorithm);
        cipher.Init(true, PbeUtilities.GenerateCipherParameters(algorithm, password));
        var encrypted = new EncryptedData(PkcsObjectIdentifiers.Data, algorithm, new BerOctetString(cipher.DoFinal(safeContents)));
        return new ContentInfo(PkcsObjectIdentifiers.EncryptedData, encrypted.ToAsn1Object());
    }
}
