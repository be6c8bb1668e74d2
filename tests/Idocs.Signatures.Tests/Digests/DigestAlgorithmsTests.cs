using System.Text;
using System.Text.Json;
using Idocs.Signatures.Digests;
using Idocs.Signatures.Tests.Support;

namespace Idocs.Signatures.Tests.Digests;

public sealed class DigestAlgorithmsTests
{
    private static readonly JsonElement Vectors =
        JsonDocument.Parse(TestFiles.Read("gost-vectors/gost_vectors.json")).RootElement;

    public static TheoryData<string, string, string> StreebogVectors()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var vector in Vectors.GetProperty("streebog_gost_r_34_11_2012").EnumerateArray())
        {
            var message = vector.TryGetProperty("message_hex", out var hex)
                ? hex.GetString()!
                : Convert.ToHexString(Encoding.ASCII.GetBytes(vector.GetProperty("message_ascii").GetString()!));
            data.Add(message, vector.GetProperty("hash256").GetString()!, vector.GetProperty("hash512").GetString()!);
        }

        return data;
    }

    public static TheoryData<string, string> Gost94TestParamSetVectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var vector in Vectors.GetProperty("gost_r_34_11_94").GetProperty("test_paramset").EnumerateArray())
        {
            data.Add(vector.GetProperty("message_ascii").GetString()!, vector.GetProperty("hash").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StreebogVectors))]
    public void Compute_StreebogVector_MatchesLibraryByteOrder(string messageHex, string hash256, string hash512)
    {
        var message = Convert.FromHexString(messageHex);

        var digest256 = DigestAlgorithms.Compute(DigestAlgorithm.Streebog256, message);
        var digest512 = DigestAlgorithms.Compute(DigestAlgorithm.Streebog512, message);

        Assert.Equal(hash256, Convert.ToHexStringLower(digest256));
        Assert.Equal(hash512, Convert.ToHexStringLower(digest512));
    }

    [Theory]
    [MemberData(nameof(Gost94TestParamSetVectors))]
    public void Compute_Gost34311Vector_MatchesTestSBox(string message, string expectedHash)
    {
        var digest = DigestAlgorithms.Compute(DigestAlgorithm.Gost34311, Encoding.ASCII.GetBytes(message));

        Assert.Equal(expectedHash, Convert.ToHexStringLower(digest));
    }

    [Fact]
    public void Compute_Gost34311_DiffersFromCryptoProSBox()
    {
        var cryptoProEmpty = Vectors.GetProperty("gost_r_34_11_94").GetProperty("cryptopro_paramset")[0];

        var digest = DigestAlgorithms.Compute(DigestAlgorithm.Gost34311, []);

        Assert.Equal("", cryptoProEmpty.GetProperty("message_ascii").GetString());
        Assert.NotEqual(cryptoProEmpty.GetProperty("hash").GetString(), Convert.ToHexStringLower(digest));
    }

    [Theory]
    [InlineData("1.2.398.3.10.1.3.1", DigestAlgorithm.Gost34311)]
    [InlineData("1.2.398.3.10.1.3.2", DigestAlgorithm.Streebog256)]
    [InlineData("1.2.398.3.10.1.3.3", DigestAlgorithm.Streebog512)]
    [InlineData("1.2.643.7.1.1.2.3", DigestAlgorithm.Streebog512)]
    [InlineData("2.16.840.1.101.3.4.2.1", DigestAlgorithm.Sha256)]
    public void FromOid_KnownOid_ReturnsAlgorithm(string oid, DigestAlgorithm expected)
    {
        Assert.Equal(expected, DigestAlgorithms.FromOid(oid));
    }

    [Fact]
    public void FromOid_UnknownOid_ReturnsNull()
    {
        Assert.Null(DigestAlgorithms.FromOid("1.2.840.113549.2.5"));
    }

    [Fact]
    public void Compute_ShaThroughDotNet_MatchesBouncyCastle()
    {
        var data = Encoding.ASCII.GetBytes("abc");
        foreach (var algorithm in new[] { DigestAlgorithm.Sha1, DigestAlgorithm.Sha256, DigestAlgorithm.Sha384, DigestAlgorithm.Sha512 })
        {
            var digest = DigestAlgorithms.CreateDigest(algorithm);
            digest.BlockUpdate(data);
            var expected = new byte[digest.GetDigestSize()];
            digest.DoFinal(expected);

            Assert.Equal(expected, DigestAlgorithms.Compute(algorithm, data));
        }
    }
}
