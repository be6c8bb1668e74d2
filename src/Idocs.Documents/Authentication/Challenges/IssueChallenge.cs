using Idocs.Common.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Idocs.Documents.Authentication.Challenges;

/// <summary>Issues a one-time challenge for login or registration.</summary>
public sealed partial class IssueChallenge(
    ILoginChallengeStore challenges,
    TimeProvider clock,
    IOptions<AccountsOptions> options,
    ILogger<IssueChallenge> logger)
{
    /// <summary>Maximum length of a session id or origin, to keep hostile input out of storage.</summary>
    public const int MaxBindingLength = 256;

    public async Task<Result<IssuedChallenge>> RunAsync(
        ChallengePurpose purpose,
        string sessionId,
        string origin,
        CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(purpose))
        {
            return new Error(CommonErrorCodes.InvalidInput, $"The challenge purpose {purpose} is unknown; use Login or Registration.");
        }

        var binding = ValidateBinding(sessionId, origin);
        if (!binding.IsSuccess)
        {
            return binding.Error;
        }

        var lifetime = options.Value.ChallengeLifetime;
        if (lifetime <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Accounts:ChallengeLifetime is {lifetime}; configure a positive duration.");
        }

        var challenge = LoginChallenge.Issue(purpose, sessionId, origin, clock.GetUtcNow(), lifetime, clock);
        await challenges.AddAsync(challenge, cancellationToken).ConfigureAwait(false);
        LogIssued(logger, challenge.Id, purpose, challenge.ExpiresAt);
        return new IssuedChallenge(challenge.Id, challenge.Nonce.ToArray(), challenge.ExpiresAt);
    }

    internal static Result ValidateBinding(string sessionId, string origin)
    {
        if (string.IsNullOrWhiteSpace(sessionId) || sessionId.Length > MaxBindingLength)
        {
            return Result.Failure(
                CommonErrorCodes.InvalidInput,
                $"The browser session id is missing or longer than {MaxBindingLength} characters; reload the page.");
        }

        if (string.IsNullOrWhiteSpace(origin) || origin.Length > MaxBindingLength
            || !Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return Result.Failure(
                CommonErrorCodes.InvalidInput,
                "The request origin is missing or is not an absolute http(s) URL; open the cabinet from its address.");
        }

        return Result.Success();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Issued {Purpose} challenge {ChallengeId} valid until {ExpiresAt}")]
    private static partial void LogIssued(ILogger logger, Guid challengeId, ChallengePurpose purpose, DateTimeOffset expiresAt);
}
