using Idocs.Common.Results;
using Idocs.Signatures.Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Keys;

/// <summary>
/// Reads PKCS#12 key files in the NCA layout (3DES-shrouded key bag, RC2-40 encrypted certificate
/// bag, SHA-1 MAC). Walks the PFX structure itself, because BouncyCastle's Pkcs12Store rejects the
/// Kazakh GOST key OIDs.
/// </summary>
public static class Pkcs12Reader
{
    private const string KeyBag = "1.2.840.113549.1.12.10.1.1";
    private const string ShroudedKeyBag = "1.2.840.113549.1.12.10.1.2";
    private const string CertificateBag = "1.2.840.113549.1.12.10.1.3";

    public static Result<SigningKey> Read(ReadOnlySpan<byte> file, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        try
        {
            return ReadChecked(file.ToArray(), password.ToCharArray());
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or InvalidCastException
            or InvalidCipherTextException or SecurityUtilityException or InvalidOperationException)
        {
            return Result<SigningKey>.Failure(
                SignatureErrorCodes.MalformedInput, $"The PKCS#12 file cannot be read: {exception.Message}");
        }
    }

    private static Result<SigningKey> ReadChecked(byte[] file, char[] password)
    {
        var pfx = Pfx.GetInstance(Asn1Object.FromByteArray(file));
        var authSafe = Asn1OctetString.GetInstance(pfx.AuthSafe.Content).GetOctets();
        if (pfx.MacData is not null && !Pkcs12Mac.Verify(pfx.MacData, authSafe, password))
        {
            return Result<SigningKey>.Failure(
                KeyErrorCodes.WrongPassword, "The PKCS#12 password is wrong or the file was altered (MAC mismatch).");
        }

        var keys = new List<AsymmetricKeyParameter>();
        var certificates = new List<X509Certificate>();
        foreach (var bag in SafeBags(AuthenticatedSafe.GetInstance(Asn1Object.FromByteArray(authSafe)), password))
        {
            var added = AddBag(bag, password, keys, certificates);
            if (!added.IsSuccess)
            {
                return Result<SigningKey>.Failure(added.Error);
            }
        }

        return Pkcs12KeyMatcher.Match(keys, certificates);
    }

    private static IEnumerable<SafeBag> SafeBags(AuthenticatedSafe authenticatedSafe, char[] password)
    {
        foreach (var content in authenticatedSafe.GetContentInfo())
        {
            var octets = content.ContentType.Equals(PkcsObjectIdentifiers.EncryptedData)
                ? Decrypt(EncryptedData.GetInstance(content.Content), password)
                : Asn1OctetString.GetInstance(content.Content).GetOctets();
            foreach (var element in Asn1Sequence.GetInstance(Asn1Object.FromByteArray(octets)))
            {
                yield return SafeBag.GetInstance(element);
            }
        }
    }

    private static byte[] Decrypt(EncryptedData data, char[] password)
    {
        var algorithm = data.EncryptionAlgorithm;
        var cipher = (IBufferedCipher)PbeUtilities.CreateEngine(algorithm);
        cipher.Init(false, PbeUtilities.GenerateCipherParameters(algorithm, password));
        return cipher.DoFinal(data.Content.GetOctets());
    }

    private static Result AddBag(
        SafeBag bag, char[] password, List<AsymmetricKeyParameter> keys, List<X509Certificate> certificates)
    {
        switch (bag.BagID.Id)
        {
            case ShroudedKeyBag:
                var info = PrivateKeyInfoFactory.CreatePrivateKeyInfo(password, EncryptedPrivateKeyInfo.GetInstance(bag.BagValue));
                return AddKey(info, keys);
            case KeyBag:
                return AddKey(PrivateKeyInfo.GetInstance(bag.BagValue), keys);
            case CertificateBag:
                var certificate = CertificateLoader.Load(Asn1OctetString.GetInstance(CertBag.GetInstance(bag.BagValue).CertValue).GetOctets());
                if (!certificate.IsSuccess)
                {
                    return Result.Failure(certificate.Error);
                }

                certificates.Add(certificate.Value);
                return Result.Success();
            default:
                return Result.Success();
        }
    }

    private static Result AddKey(PrivateKeyInfo info, List<AsymmetricKeyParameter> keys)
    {
        var key = PrivateKeyDecoder.Decode(info);
        if (key is null)
        {
            return Result.Failure(
                KeyErrorCodes.UnsupportedKey,
                $"The private key algorithm {info.PrivateKeyAlgorithm.Algorithm.Id} is not supported; Idocs signs with RSA and NCA GOST keys.");
        }

        keys.Add(key);
        return Result.Success();
    }
}
