using Idocs.Signatures.Revocation;
using Idocs.Signatures.Revocation.Ocsp;
using Idocs.Signatures.Tests.Trust;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Signatures.Tests.Revocation;

public sealed class OcspRevocationSourceTests
{
    private static readonly DateTimeOffset RecordedAt = new(2022, 9, 2, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Check_ResponderNeverAnswers_ReturnsUnknownAfterTimeout()
    {
        await using var server = new LoopbackHttpServer(_ => null);
        var options = new OcspOptions { ResponderUrl = server.Url, RequestTimeout = TimeSpan.FromMilliseconds(500) };

        var result = await CreateSource(options).CheckAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Contains(OcspErrorCodes.Timeout, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ResponderUnreachable_ReturnsUnknown()
    {
        var options = new OcspOptions { ResponderUrl = new Uri($"http://127.0.0.1:{LoopbackHttpServer.FreePort()}/ocsp/") };

        var result = await CreateSource(options).CheckAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Contains(OcspErrorCodes.Unreachable, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ResponderAnswersGarbage_ReturnsUnknown()
    {
        await using var server = new LoopbackHttpServer(_ => "<html>busy</html>"u8.ToArray());
        var options = new OcspOptions { ResponderUrl = server.Url };

        var result = await CreateSource(options).CheckAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Contains(OcspErrorCodes.Malformed, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ResponderReplaysOldResponse_ReturnsUnknownForNonce()
    {
        var recorded = RevocationTestData.Bytes("ocsp_response_individual_sign_2004.bin");
        await using var server = new LoopbackHttpServer(_ => recorded);
        var options = new OcspOptions { ResponderUrl = server.Url };

        var result = await CreateSource(options).CheckAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Contains(OcspErrorCodes.NonceMismatch, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ResponderSendsTamperedResponse_ReturnsUnknown()
    {
        var tampered = RevocationTestData.Bytes("ocsp_response_individual_sign_2004.bin");
        tampered[^10] ^= 0xFF;
        await using var server = new LoopbackHttpServer(_ => tampered);
        var options = new OcspOptions { ResponderUrl = server.Url, RequireNonce = false };

        var result = await CreateSource(options).CheckAsync(Request(), TestContext.Current.CancellationToken);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Contains(OcspErrorCodes.UntrustedResponse, result.Reason, StringComparison.Ordinal);
    }

    private static RevocationRequest Request() => new(
        RevocationTestData.Certificate("KEY_INDIVIDUAL_VALID_SIGN_2004.cer"),
        RevocationTestData.Certificate("nca_rsa_test.crt"),
        RecordedAt);

    private static OcspRevocationSource CreateSource(OcspOptions options)
    {
        var clock = new FixedTimeProvider(RecordedAt);
        var verifier = new TestSignatureVerifier();
        return new OcspRevocationSource(
            new OcspClient(new HttpClient(), options),
            new OcspResponseValidator(verifier, options),
            new OcspCache(clock, options),
            options,
            clock,
            NullLogger<OcspRevocationSource>.Instance);
    }
}
