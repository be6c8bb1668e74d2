using Idocs.Common.Results;
using Idocs.Documents.Authentication.Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Idocs.Documents.Authentication.Challenges;

/// <summary>
/// Checks a signed response to a challenge. The challenge must exist, belong to this session,
/// origin and purpose, and be unused and unexpired; then the signature and the certificate are
/// checked. Each rejection has its own code. The challenge is consumed before the signature is
/// checked, so a rejected response cannot be retried with the same challenge.
/// </summary>
public sealed partial class VerifyChallengeResponse(
    ILoginChallengeStore challenges,
    ICertificateSignatureVerifier verifier,
    TimeProvider clock,
    IOptions<AccountsOptions> options,
    ILogger<VerifyChallengeResponse> logger)
{
    /// <summary>
    /// The largest signed challenge accepted. This is an estimate: a CMS from NCALayer with the
    /// signer's certificate is a few kilobytes, and 64 KiB leaves room for a certificate chain.
    /// </summary>
    public const int MaxSignedDataBytes = 64 * 1024;

    /// <summary>The longest certificate thumbprint accepted, in characters (SHA-512 in hex with separators fits).</summary>
    public const int MaxThumbprintLength = 192;

    public async Task<Result<VerifiedSigner>> RunAsync(
        ChallengeResponse response,
        ChallengePurpose purpose,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var input = ValidateInput(response);
        if (!input.IsSuccess)
        {
            return input.Error;
        }

        var challenge = await challenges.FindAsync(response.ChallengeId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var usable = CheckUsable(challenge, response, purpose, now);
        if (!usable.IsSuccess)
        {
            LogRejected(logger, response.ChallengeId, usable.Error.Code);
            return usable.Error;
        }

        if (!await challenges.TryConsumeAsync(response.ChallengeId, now, cancellationToken).ConfigureAwait(false))
        {
            LogRejected(logger, response.ChallengeId, AccountsErrorCodes.ChallengeAlreadyUsed);
            return AlreadyUsed(response.ChallengeId);
        }

        var verified = await verifier
            .VerifyChallengeAsync(response.Signature, challenge!.Nonce, cancellationToken)
            .ConfigureAwait(false);
        if (!verified.IsSuccess)
        {
            LogRejected(logger, response.ChallengeId, verified.Error.Code);
            return verified.Error;
        }

        var accepted = CheckCertificate(verified.Value, response.Signature, now);
        if (!accepted.IsSuccess)
        {
            LogCertificateRejected(logger, response.ChallengeId, verified.Value.SerialNumber, accepted.Error.Code);
            return accepted.Error;
        }

        return verified.Value;
    }

    private static Result ValidateInput(ChallengeResponse response)
    {
        if (response.Signature is null || response.Signature.SignedData.IsEmpty)
        {
            return Result.Failure(CommonErrorCodes.InvalidInput, "The signed challenge is empty; sign the challenge in NCALayer and send the result.");
        }

        if (response.Signature.SignedData.Length > MaxSignedDataBytes)
        {
            return Result.Failure(
                CommonErrorCodes.InvalidInput,
                $"The signed challenge has {response.Signature.SignedData.Length} bytes, more than the maximum {MaxSignedDataBytes}; sign the challenge alone, without other content.");
        }

        if (string.IsNullOrWhiteSpace(response.Signature.ClaimedCertificateThumbprint)
            || response.Signature.ClaimedCertificateThumbprint.Length > MaxThumbprintLength)
        {
            return Result.Failure(
                CommonErrorCodes.InvalidInput,
                $"The certificate thumbprint is missing or longer than {MaxThumbprintLength} characters; send the thumbprint of the certificate you signed with.");
        }

        return IssueChallenge.ValidateBinding(response.SessionId, response.Origin);
    }

    private static Result CheckUsable(LoginChallenge? challenge, ChallengeResponse response, ChallengePurpose purpose, DateTimeOffset now)
    {
        if (challenge is null)
        {
            return Result.Failure(
                AccountsErrorCodes.ChallengeNotFound,
                $"The challenge {response.ChallengeId} does not exist; request a new challenge.");
        }

        if (!string.Equals(challenge.SessionId, response.SessionId, StringComparison.Ordinal)
            || !string.Equals(challenge.Origin, response.Origin, StringComparison.OrdinalIgnoreCase))
        {
            return Result.Failure(
                AccountsErrorCodes.ChallengeBindingMismatch,
                $"The challenge {challenge.Id} was issued to another browser session or site; request a new challenge from this page.");
        }

        if (challenge.Purpose != purpose)
        {
            return Result.Failure(
                AccountsErrorCodes.ChallengePurposeMismatch,
                $"The challenge {challenge.Id} was issued for {challenge.Purpose}, not {purpose}; request a challenge for {purpose}.");
        }

        if (challenge.ConsumedAt is not null)
        {
            return AlreadyUsed(challenge.Id);
        }

        if (challenge.IsExpiredAt(now))
        {
            return Result.Failure(
                AccountsErrorCodes.ChallengeExpired,
                $"The challenge {challenge.Id} expired at {challenge.ExpiresAt:O}; request a new challenge and sign it promptly.");
        }

        return Result.Success();
    }

    private Result CheckCertificate(VerifiedSigner signer, SignedChallenge signature, DateTimeOffset now)
    {
        if (!string.Equals(NormalizeThumbprint(signer.Thumbprint), NormalizeThumbprint(signature.ClaimedCertificateThumbprint), StringComparison.Ordinal))
        {
            return Result.Failure(
                AccountsErrorCodes.ChallengeSignedByAnotherKey,
                $"The challenge was signed with the key of certificate {signer.SerialNumber}, not with the certificate you chose; sign with the chosen certificate.");
        }

        if (now > signer.NotAfter)
        {
            return Result.Failure(
                AccountsErrorCodes.CertificateExpired,
                $"The certificate {signer.SerialNumber} expired at {signer.NotAfter:O}; get a new certificate from NCA RK.");
        }

        if (now < signer.NotBefore)
        {
            return Result.Failure(
                AccountsErrorCodes.CertificateNotYetValid,
                $"The certificate {signer.SerialNumber} is valid only from {signer.NotBefore:O}; check the computer's clock or use it later.");
        }

        switch (signer.Revocation)
        {
            case RevocationStatus.Revoked:
                return Result.Failure(
                    AccountsErrorCodes.CertificateRevoked,
                    $"The certificate {signer.SerialNumber} is revoked; use a valid certificate.");
            case RevocationStatus.Indeterminate:
                return Result.Failure(
                    AccountsErrorCodes.CertificateRevocationUnknown,
                    $"The revocation status of certificate {signer.SerialNumber} cannot be checked now; try again later.");
            case RevocationStatus.Good:
                break;
            default:
                throw new InvalidOperationException($"Unknown revocation status {signer.Revocation}.");
        }

        if (signer.KeyUsage == CertificateKeyUsage.Signing && options.Value.RequireAuthenticationKeyUsage)
        {
            return Result.Failure(
                AccountsErrorCodes.CertificateNotForAuthentication,
                $"The certificate {signer.SerialNumber} is for signing only; log in with your authentication (AUTH) certificate.");
        }

        return Result.Success();
    }

    private static string NormalizeThumbprint(string thumbprint) =>
        thumbprint.Replace(":", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal)
            .ToUpperInvariant();

    private static Error AlreadyUsed(Guid challengeId) =>
        new(AccountsErrorCodes.ChallengeAlreadyUsed, $"The challenge {challengeId} was already used; request a new challenge.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected the response to challenge {ChallengeId}: {ErrorCode}")]
    private static partial void LogRejected(ILogger logger, Guid challengeId, string errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected certificate {CertificateSerialNumber} in the response to challenge {ChallengeId}: {ErrorCode}")]
    private static partial void LogCertificateRejected(ILogger logger, Guid challengeId, string certificateSerialNumber, string errorCode);
}
