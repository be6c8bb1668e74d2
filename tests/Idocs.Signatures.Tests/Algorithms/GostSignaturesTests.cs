using System.Text.Json;
using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Tests.Support;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;

namespace Idocs.Signatures.Tests.Algorithms;

/// <summary>The GOST R 34.10-2012 example of RFC 7091 (appendix A.1 of the standard).</summary>
public sealed class GostSignaturesTests
{
    private static readonly JsonElement Example = JsonDocument
        .Parse(TestFiles.Read("gost-vectors/gost_vectors.json")).RootElement.GetProperty("gost_r_34_10_2012_256_example");

    private static BigInteger Number(string name) => new(Example.GetProperty(name).GetString()!);

    private static ECDomainParameters Domain()
    {
        var q = Number("q");
        var curve = new FpCurve(Number("p"), Number("a"), Number("b"), q, BigInteger.One);
        var generator = curve.CreatePoint(Number("Px"), Number("Py"));
        return new ECDomainParameters(curve, generator, q);
    }

    private static ECPublicKeyParameters PublicKey()
    {
        var domain = Domain();
        return new ECPublicKeyParameters(domain.Curve.CreatePoint(Number("Qx"), Number("Qy")), domain);
    }

    /// <summary>The digest bytes whose little-endian reading is e, as the signer reads a digest.</summary>
    private static byte[] DigestOf(BigInteger e)
    {
        var digest = new byte[32];
        GostPublicKeys.WriteLittleEndian(e, digest);
        return digest;
    }

    [Fact]
    public void PublicKey_IsPrivateKeyTimesGenerator()
    {
        var domain = Domain();

        var q = domain.G.Multiply(Number("d")).Normalize();

        Assert.Equal(Number("Qx"), q.AffineXCoord.ToBigInteger());
        Assert.Equal(Number("Qy"), q.AffineYCoord.ToBigInteger());
    }

    [Fact]
    public void VerifyDigest_StandardExample_Passes()
    {
        var valid = GostSignatures.VerifyDigest(PublicKey(), DigestOf(Number("e")), Number("r"), Number("s"));

        Assert.True(valid);
    }

    [Fact]
    public void VerifyDigest_SPlusOne_Fails()
    {
        var valid = GostSignatures.VerifyDigest(PublicKey(), DigestOf(Number("e")), Number("r"), Number("s").Add(BigInteger.One));

        Assert.False(valid);
    }

    [Fact]
    public void VerifyDigest_SwappedRAndS_Fails()
    {
        var valid = GostSignatures.VerifyDigest(PublicKey(), DigestOf(Number("e")), Number("s"), Number("r"));

        Assert.False(valid);
    }

    [Fact]
    public void VerifyDigest_ZeroComponents_Fail()
    {
        var e = DigestOf(Number("e"));

        Assert.False(GostSignatures.VerifyDigest(PublicKey(), e, BigInteger.Zero, Number("s")));
        Assert.False(GostSignatures.VerifyDigest(PublicKey(), e, Number("r"), BigInteger.Zero));
    }

    [Fact]
    public void VerifyDigest_ComponentsNotBelowOrder_Fail()
    {
        var e = DigestOf(Number("e"));
        var q = Number("q");

        Assert.False(GostSignatures.VerifyDigest(PublicKey(), e, Number("r").Add(q), Number("s")));
        Assert.False(GostSignatures.VerifyDigest(PublicKey(), e, Number("r"), Number("s").Add(q)));
    }

    [Fact]
    public void VerifyDigest_DigestZeroModOrder_IsTreatedAsOne()
    {
        var domain = Domain();
        var privateKey = new ECPrivateKeyParameters(Number("d"), domain);
        var signer = new Org.BouncyCastle.Crypto.Signers.ECGost3410Signer();
        signer.Init(true, privateKey);
        var rs = signer.GenerateSignature(DigestOf(BigInteger.One));

        var valid = GostSignatures.VerifyDigest(PublicKey(), DigestOf(Number("q")), rs[0], rs[1]);

        Assert.True(valid);
    }

    [Fact]
    public void Codec_NcaLayout_IsReversalOfRfc4491Layout()
    {
        var nca = GostSignatureCodec.Encode(Number("r"), Number("s"), GostSignatureLayout.NcaReversed, 32);
        var rfc = GostSignatureCodec.Encode(Number("r"), Number("s"), GostSignatureLayout.Rfc4491, 32);

        Array.Reverse(rfc);
        Assert.Equal(rfc, nca);
    }

    [Fact]
    public void Codec_DecodeEncode_RoundTrips()
    {
        var value = GostSignatureCodec.Encode(Number("r"), Number("s"), GostSignatureLayout.NcaReversed, 32);

        var decoded = GostSignatureCodec.TryDecode(value, GostSignatureLayout.NcaReversed, 32, out var r, out var s);

        Assert.True(decoded);
        Assert.Equal(Number("r"), r);
        Assert.Equal(Number("s"), s);
    }

    [Fact]
    public void Codec_WrongLength_IsRejected()
    {
        var decoded = GostSignatureCodec.TryDecode(new byte[63], GostSignatureLayout.NcaReversed, 32, out _, out _);

        Assert.False(decoded);
    }
}
