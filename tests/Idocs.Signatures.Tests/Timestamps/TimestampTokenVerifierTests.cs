using Idocs.Signatures.Cms;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Tests.Support;
using Idocs.Signatures.Timestamps;

namespace Idocs.Signatures.Tests.Timestamps;

public sealed class TimestampTokenVerifierTests
{
    private static readonly byte[] Data = [1, 2, 3, 4];

    [Fact]
    public void Verify_GeneratedToken_Passes()
    {
        var tsa = new TestTsa();

        var result = TimestampTokenVerifier.Verify(tsa.Stamp(Data), Data);

        Assert.True(result.IsValid, result.Check.Reason);
        Assert.Equal(TestTsa.GenerationTime, result.GenerationTime);
        Assert.NotNull(result.Evidence);
    }

    [Fact]
    public void Verify_OtherData_FailsOnImprint()
    {
        var tsa = new TestTsa();

        var result = TimestampTokenVerifier.Verify(tsa.Stamp(Data), [1, 2, 3, 5]);

        Assert.Equal(SubIndication.TimestampFailure, result.Check.SubIndication);
        Assert.Contains("imprint", result.Check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SignerWithoutTimeStampingUsage_Fails()
    {
        var notTsa = new TestTsa(timeStampingUsage: false);

        var result = TimestampTokenVerifier.Verify(notTsa.Stamp(Data), Data);

        Assert.False(result.IsValid);
        Assert.Contains("not a TSA certificate", result.Check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_RecordedGost2004Token_TsaSignatureVerifies()
    {
        var token = TestFiles.Read("kz-pki/ncanode/tsp/tsp_token.bin");

        var result = TimestampTokenVerifier.Verify(token, Data);

        Assert.False(result.IsValid);
        Assert.Contains("imprint", result.Check.Reason, StringComparison.Ordinal);
        Assert.NotNull(result.TsaCertificate);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x30, 0x00 })]
    [InlineData(new byte[] { 0x02, 0x01, 0x01 })]
    public void Verify_Garbage_FailsWithTimestampFailure(byte[] token)
    {
        var result = TimestampTokenVerifier.Verify(token, Data);

        Assert.Equal(SubIndication.TimestampFailure, result.Check.SubIndication);
    }

    [Fact]
    public async Task CadesT_WithGeneratedTimestamp_UsesTimestampTime()
    {
        var tsa = new TestTsa();
        var key = TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12");
        var cms = CadesSigner.Sign(key, Data, new CadesSignOptions { SigningTime = TestTsa.GenerationTime, TimestampProvider = tsa.Stamp });
        var verifier = Cms.CmsSignatureVerifierKalkanTests.Verifier();

        var report = (await verifier.VerifyAsync(cms, CmsContent.FromBytes(Data), TestContext.Current.CancellationToken))[0];

        Assert.Equal(CheckStatus.Passed, Cms.CmsSignatureVerifierKalkanTests.CheckOf(report, ValidationCheckNames.Timestamp).Status);
        Assert.Equal(TestTsa.GenerationTime, report.BestSigningTime);
        Assert.Equal("timestamp", report.BestSigningTimeSource);
    }
}
