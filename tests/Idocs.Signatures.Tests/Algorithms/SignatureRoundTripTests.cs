using System.Security.Cryptography;
using Idocs.Signatures.Algorithms;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace Idocs.Signatures.Tests.Algorithms;

/// <summary>Algorithms without vectors here: signatures made by .NET or BouncyCastle, verified by the verifier.</summary>
public sealed class SignatureRoundTripTests
{
    private static readonly byte[] Data = "round trip"u8.ToArray();
    private readonly SignatureVerifier _verifier = new();

    private static AlgorithmIdentifier Oid(string oid) => new(new DerObjectIdentifier(oid), DerNull.Instance);

    private static AlgorithmIdentifier Pss(DerObjectIdentifier hash, int saltLength)
    {
        var hashAlgorithm = new AlgorithmIdentifier(hash, DerNull.Instance);
        var parameters = new RsassaPssParameters(
            hashAlgorithm,
            new AlgorithmIdentifier(PkcsObjectIdentifiers.IdMgf1, hashAlgorithm),
            DerInteger.ValueOf(saltLength),
            DerInteger.One);
        return new AlgorithmIdentifier(PkcsObjectIdentifiers.IdRsassaPss, parameters);
    }

    [Theory]
    [InlineData(SignatureOids.Sha1WithRsa, "SHA1")]
    [InlineData(SignatureOids.Sha256WithRsa, "SHA256")]
    [InlineData(SignatureOids.Sha384WithRsa, "SHA384")]
    [InlineData(SignatureOids.Sha512WithRsa, "SHA512")]
    public void Verify_RsaPkcs1WithEachHash_Passes(string oid, string hash)
    {
        using var rsa = RSA.Create(2048);
        var signature = rsa.SignData(Data, new HashAlgorithmName(hash), RSASignaturePadding.Pkcs1);
        var key = SubjectPublicKeyInfo.GetInstance(rsa.ExportSubjectPublicKeyInfo());

        var result = _verifier.Verify(key, Oid(oid), Data, signature);

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public void Verify_RsaPssSha256_Passes()
    {
        using var rsa = RSA.Create(2048);
        var signature = rsa.SignData(Data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        var key = SubjectPublicKeyInfo.GetInstance(rsa.ExportSubjectPublicKeyInfo());

        var result = _verifier.Verify(key, Pss(NistObjectIdentifiers.IdSha256, 32), Data, signature);

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public void Verify_RsaPssAsPkcs1_Fails()
    {
        using var rsa = RSA.Create(2048);
        var signature = rsa.SignData(Data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        var key = SubjectPublicKeyInfo.GetInstance(rsa.ExportSubjectPublicKeyInfo());

        var result = _verifier.Verify(key, Oid(SignatureOids.Sha256WithRsa), Data, signature);

        Assert.Equal(SignatureErrorCodes.SignatureInvalid, result.Error?.Code);
    }

    [Fact]
    public void Verify_RsaPssWithOtherSaltLength_IsUnsupported()
    {
        using var rsa = RSA.Create(2048);
        var signature = rsa.SignData(Data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        var key = SubjectPublicKeyInfo.GetInstance(rsa.ExportSubjectPublicKeyInfo());

        var result = _verifier.Verify(key, Pss(NistObjectIdentifiers.IdSha256, 20), Data, signature);

        Assert.Equal(SignatureErrorCodes.UnsupportedAlgorithm, result.Error?.Code);
    }

    [Fact]
    public void Verify_Gost2015Bits256WithKazakhOids_Passes()
    {
        var domain = GostCurves.Find(SignatureOids.KazakhGost2015Curve256A)!;
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(domain, new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        var key = GostPublicKeys.Encode(
            (ECPublicKeyParameters)pair.Public, SignatureOids.KazakhGost2015PublicKey256, SignatureOids.KazakhGost2015Curve256A, "1.2.398.3.10.1.3.2");
        var signature = GostSignatures.Sign((ECPrivateKeyParameters)pair.Private, SignatureSchemes.Gost2015Bits256, Data);

        var result = _verifier.Verify(key, Oid(SignatureOids.KazakhGost2015Signature256), Data, signature);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(64, signature.Length);
    }

    [Fact]
    public void ResolveForCms_RsaEncryptionWithSha256_IsPkcs1Sha256()
    {
        var scheme = SignatureSchemes.ResolveForCms(Oid("2.16.840.1.101.3.4.2.1"), Oid(SignatureOids.RsaEncryption));

        Assert.True(scheme.IsSuccess);
        Assert.Equal(SignatureFamily.RsaPkcs1, scheme.Value.Family);
    }

    [Fact]
    public void ResolveForCms_KazakhPublicKeyOid_IsAccepted()
    {
        var scheme = SignatureSchemes.ResolveForCms(Oid("1.2.398.3.10.1.3.1"), Oid(SignatureOids.KazakhGost2004PublicKey));

        Assert.True(scheme.IsSuccess);
        Assert.Same(SignatureSchemes.Gost2004, scheme.Value);
    }

    [Fact]
    public void ResolveForCms_DigestNotMatchingSignature_IsUnsupported()
    {
        var scheme = SignatureSchemes.ResolveForCms(Oid("2.16.840.1.101.3.4.2.1"), Oid(SignatureOids.KazakhGost2015Signature512));

        Assert.Equal(SignatureErrorCodes.UnsupportedAlgorithm, scheme.Error?.Code);
    }
}
