using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Tests.Support;
using Org.BouncyCastle.Crypto.Parameters;

namespace Idocs.Signatures.Tests.Keys;

public sealed class Pkcs12ReaderTests
{
    public static TheoryData<string> KeyFiles() => TestKeys.Files();

    [Fact]
    public void Manifest_ListsEveryKeyFile()
    {
        var onDisk = TestFiles.List("kz-pki", "*.p12").ToHashSet();

        Assert.Equal(25, onDisk.Count);
        Assert.Equal(onDisk, TestKeys.All.Keys.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(KeyFiles))]
    public void Read_NcaKeyFile_ReturnsKeyMatchingCertificate(string file)
    {
        var result = Pkcs12Reader.Read(TestFiles.Read(file), TestKeys.All[file]);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.NotNull(result.Value.Certificate);
    }

    [Theory]
    [MemberData(nameof(KeyFiles))]
    public void Sign_WithEachKey_VerifiesWithCertificate(string file)
    {
        var key = TestKeys.Load(file);
        var scheme = SignatureGenerator.SchemeFor(key.Certificate.SubjectPublicKeyInfo);
        byte[] data = [1, 2, 3, 4, 5];

        var signature = SignatureGenerator.Sign(key.PrivateKey, scheme, data);
        var result = new SignatureVerifier().Verify(
            key.Certificate.SubjectPublicKeyInfo, SignatureGenerator.AlgorithmFor(scheme), data, signature);

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Theory]
    [InlineData("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_SIGN_2004.p12", typeof(RsaPrivateCrtKeyParameters))]
    [InlineData("kz-pki/ncanode/keys/KEY_CEO_SIGN_REVOKED_2004.p12", typeof(ECPrivateKeyParameters))]
    [InlineData("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12", typeof(ECPrivateKeyParameters))]
    public void Read_KeyFile_ReturnsKeyOfExpectedType(string file, Type expected)
    {
        var key = TestKeys.Load(file);

        Assert.IsType(expected, key.PrivateKey);
    }

    [Fact]
    public void Read_Gost2004Key_UsesCryptoProCurve()
    {
        var key = (ECPrivateKeyParameters)TestKeys.Load("kz-pki/ncanode/keys/KEY_CEO_SIGN_REVOKED_2004.p12").PrivateKey;

        Assert.Equal(256, key.Parameters.Curve.FieldSize);
        Assert.Equal(SignatureOids.RussianCryptoProCurveA, ((ECNamedDomainParameters)key.Parameters).Name.Id);
    }

    [Fact]
    public void Read_Gost2015Key_UsesTc26Curve512A()
    {
        var key = (ECPrivateKeyParameters)TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12").PrivateKey;

        Assert.Equal(SignatureOids.RussianTc26Curve512A, ((ECNamedDomainParameters)key.Parameters).Name.Id);
    }

    [Fact]
    public void Read_WrongPassword_FailsWithWrongPassword()
    {
        var result = Pkcs12Reader.Read(TestFiles.Read("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12"), "Qwerty12");

        Assert.Equal(KeyErrorCodes.WrongPassword, result.Error?.Code);
    }

    [Fact]
    public void Read_Garbage_FailsAsMalformed()
    {
        var result = Pkcs12Reader.Read([0x30, 0x03, 0x02, 0x01, 0x03], "x");

        Assert.Equal(SignatureErrorCodes.MalformedInput, result.Error?.Code);
    }

    [Fact]
    public void Read_Truncated_FailsAsMalformed()
    {
        var file = TestFiles.Read("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12");

        var result = Pkcs12Reader.Read(file.AsSpan(0, file.Length / 2), "Aa123456");

        Assert.Equal(SignatureErrorCodes.MalformedInput, result.Error?.Code);
    }
}
