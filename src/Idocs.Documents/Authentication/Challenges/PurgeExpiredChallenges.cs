using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Authentication.Challenges;

/// <summary>
/// Deletes challenges that expired more than a grace period ago; a scheduled job calls it. The
/// grace period keeps a just-expired challenge long enough to report "expired" rather than "not found".
/// </summary>
public sealed partial class PurgeExpiredChallenges(ILoginChallengeStore challenges, TimeProvider clock, ILogger<PurgeExpiredChallenges> logger)
{
    public static readonly TimeSpan GracePeriod = TimeSpan.FromHours(1);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var deleted = await challenges.DeleteExpiredAsync(clock.GetUtcNow() - GracePeriod, cancellationToken).ConfigureAwait(false);
        LogPurged(logger, deleted);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted {ChallengeCount} expired login challenges")]
    private static partial void LogPurged(ILogger logger, int challengeCount);
}
