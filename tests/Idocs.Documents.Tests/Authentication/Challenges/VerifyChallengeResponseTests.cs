using System.Security.Cryptography;
using Idocs.Documents.Authentication.Certificates;
using Idocs.Documents.Authentication.Challenges;
using Idocs.Documents.Tests.Fakes;

namespace Idocs.Documents.Tests.Authentication.Challenges;

public class VerifyChallengeResponseTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task RunAsync_ValidAnswer_ReturnsSigner()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var verified = await VerifyAsync(response);

        Assert.True(verified.IsSuccess, verified.Error?.ToString());
        Assert.Equal(certificate.Iin, verified.Value.Iin);
    }

    [Fact]
    public async Task RunAsync_Replay_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);
        await VerifyAsync(response);

        var replayed = await VerifyAsync(response);

        Assert.Equal(AccountsErrorCodes.ChallengeAlreadyUsed, replayed.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_AfterLifetime_Expired()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);
        _harness.Clock.Advance(_harness.Options.Value.ChallengeLifetime);

        var verified = await VerifyAsync(response);

        Assert.Equal(AccountsErrorCodes.ChallengeExpired, verified.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_WithinLifetime_Accepted()
    {
        var harness = new AccountsHarness(options => options.ChallengeLifetime = TimeSpan.FromMinutes(10));
        var certificate = harness.Pki.IssueIndividual(harness.NextIin());
        var response = await harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);
        harness.Clock.Advance(TimeSpan.FromMinutes(9));

        var verified = await harness.VerifyChallengeResponse.RunAsync(response, ChallengePurpose.Login, CancellationToken.None);

        Assert.True(verified.IsSuccess, verified.Error?.ToString());
    }

    [Fact]
    public async Task RunAsync_UnknownChallenge_NotFound()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var verified = await VerifyAsync(response with { ChallengeId = Guid.NewGuid() });

        Assert.Equal(AccountsErrorCodes.ChallengeNotFound, verified.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_OtherBrowserSession_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var verified = await VerifyAsync(response with { SessionId = "browser-session-2" });

        Assert.Equal(AccountsErrorCodes.ChallengeBindingMismatch, verified.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_OtherOrigin_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var verified = await VerifyAsync(response with { Origin = "https://phishing.test" });

        Assert.Equal(AccountsErrorCodes.ChallengeBindingMismatch, verified.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_WrongPurpose_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Registration);

        var verified = await VerifyAsync(response);

        Assert.Equal(AccountsErrorCodes.ChallengePurposeMismatch, verified.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_AnotherKey_Rejected()
    {
        var claimed = _harness.Pki.IssueIndividual(_harness.NextIin());
        var other = _harness.Pki.IssueIndividual(_harness.NextIin());
        var response = await _harness.AnswerChallengeAsync(other, ChallengePurpose.Login, claimedThumbprint: claimed.Thumbprint);

        var verified = await VerifyAsync(response);

        Assert.Equal(AccountsErrorCodes.ChallengeSignedByAnotherKey, verified.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_OtherBytesSigned_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);
        var forged = response with { Signature = TestPki.Sign(certificate, RandomNumberGenerator.GetBytes(32)) };

        var verified = await VerifyAsync(forged);

        Assert.Equal(AccountsErrorCodes.ChallengeSignatureInvalid, verified.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_UntrustedCertificate_Rejected()
    {
        var issued = _harness.Pki.IssueIndividual(_harness.NextIin());
        var stranger = new TestCertificate(issued.Signer with { Thumbprint = "00FF" }, RandomNumberGenerator.GetBytes(32));
        var response = await _harness.AnswerChallengeAsync(stranger, ChallengePurpose.Login);

        var verified = await VerifyAsync(response);

        Assert.Equal(AccountsErrorCodes.CertificateUntrusted, verified.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_ExpiredCertificate_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        _harness.Clock.Advance(TimeSpan.FromDays(336));
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var verified = await VerifyAsync(response);

        Assert.Equal(AccountsErrorCodes.CertificateExpired, verified.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_CertificateNotYetValid_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        certificate.Signer = certificate.Signer with { NotBefore = _harness.Clock.GetUtcNow().AddDays(1) };
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var verified = await VerifyAsync(response);

        Assert.Equal(AccountsErrorCodes.CertificateNotYetValid, verified.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_RevokedCertificate_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        _harness.Pki.Revoke(certificate);
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var verified = await VerifyAsync(response);

        Assert.Equal(AccountsErrorCodes.CertificateRevoked, verified.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_OcspDown_RejectedAsUnknown()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        _harness.Pki.RevocationServiceAvailable = false;
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var verified = await VerifyAsync(response);

        Assert.Equal(AccountsErrorCodes.CertificateRevocationUnknown, verified.Error?.Code);
        Assert.Contains("cannot be checked now; try again later", verified.Error?.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid", verified.Error?.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RunAsync_SigningOnlyCertificate_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin(), keyUsage: CertificateKeyUsage.Signing);
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var verified = await VerifyAsync(response);

        Assert.Equal(AccountsErrorCodes.CertificateNotForAuthentication, verified.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_KeyForBothUses_Accepted()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin(), keyUsage: CertificateKeyUsage.AuthenticationAndSigning);
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var verified = await VerifyAsync(response);

        Assert.True(verified.IsSuccess, verified.Error?.ToString());
    }

    [Fact]
    public async Task RunAsync_SigningOnlyWhenPolicyAllows_Accepted()
    {
        var harness = new AccountsHarness(options => options.RequireAuthenticationKeyUsage = false);
        var certificate = harness.Pki.IssueIndividual(harness.NextIin(), keyUsage: CertificateKeyUsage.Signing);
        var response = await harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var verified = await harness.VerifyChallengeResponse.RunAsync(response, ChallengePurpose.Login, CancellationToken.None);

        Assert.True(verified.IsSuccess, verified.Error?.ToString());
    }

    [Fact]
    public async Task RunAsync_AfterRejection_NoRetry()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        _harness.Pki.RevocationServiceAvailable = false;
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);
        await VerifyAsync(response);
        _harness.Pki.RevocationServiceAvailable = true;

        var retried = await VerifyAsync(response);

        Assert.Equal(AccountsErrorCodes.ChallengeAlreadyUsed, retried.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_ConcurrentAnswers_OnlyOneAccepted()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => VerifyAsync(response))));

        Assert.Equal(1, results.Count(result => result.IsSuccess));
        Assert.All(results.Where(result => !result.IsSuccess), result => Assert.Equal(AccountsErrorCodes.ChallengeAlreadyUsed, result.Error?.Code));
    }

    [Fact]
    public async Task RunAsync_OversizedSignature_RejectedBeforeConsuming()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);
        var oversized = response with { Signature = response.Signature with { SignedData = new byte[VerifyChallengeResponse.MaxSignedDataBytes + 1] } };

        var rejected = await VerifyAsync(oversized);

        Assert.Equal(Common.Results.CommonErrorCodes.InvalidInput, rejected.Error?.Code);
        var stored = await _harness.Challenges.FindAsync(response.ChallengeId, CancellationToken.None);
        Assert.Null(stored?.ConsumedAt);
    }

    [Fact]
    public async Task RunAsync_MissingThumbprint_Rejected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var response = await _harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);

        var rejected = await VerifyAsync(response with { Signature = response.Signature with { ClaimedCertificateThumbprint = " " } });

        Assert.Equal(Common.Results.CommonErrorCodes.InvalidInput, rejected.Error?.Code);
    }

    private Task<Common.Results.Result<VerifiedSigner>> VerifyAsync(ChallengeResponse response) =>
        _harness.VerifyChallengeResponse.RunAsync(response, ChallengePurpose.Login, CancellationToken.None);
}
