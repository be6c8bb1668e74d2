using Idocs.Signatures.Digests;
using Idocs.Signatures.Tests.Support;
using Idocs.Signatures.Timestamps;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Tsp;
using Org.BouncyCastle.Math;

namespace Idocs.Signatures.Tests.Timestamps;

public sealed class TimestampProtocolTests
{
    [Fact]
    public void ReadResponse_RecordedNcaResponse_ReturnsTokenSignedByTsa()
    {
        var token = TimestampProtocol.ReadResponse(TestFiles.Read("kz-pki/ncanode/tsp/tsp_response.bin"));

        Assert.True(token.IsSuccess, token.Error?.ToString());
        var verification = TimestampTokenVerifier.Verify(token.Value, [0]);
        Assert.NotNull(verification.TsaCertificate);
        Assert.Contains("imprint", verification.Check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadResponse_Garbage_FailsAsMalformed()
    {
        var token = TimestampProtocol.ReadResponse([0x04, 0x01, 0x00]);

        Assert.Equal(SignatureErrorCodes.MalformedInput, token.Error?.Code);
    }

    [Fact]
    public void CreateRequest_CarriesImprintAndNonce()
    {
        byte[] data = [1, 2, 3];

        var request = TimeStampReq.GetInstance(Asn1Object.FromByteArray(
            TimestampProtocol.CreateRequest(DigestAlgorithm.Streebog512, data, BigInteger.ValueOf(99))));

        Assert.Equal(DigestAlgorithms.Compute(DigestAlgorithm.Streebog512, data), request.MessageImprint.GetHashedMessage());
        Assert.Equal(BigInteger.ValueOf(99), request.Nonce.Value);
        Assert.True(request.CertReq.IsTrue);
    }
}
