using Idocs.Common.Results;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Idocs.Storage.Outbox;

/// <summary>
/// Writes the result of one delivery: deletes a delivered message, schedules a retry, or moves the
/// message to the dead letters. Every statement is limited to rows this dispatcher still claims.
/// </summary>
internal sealed class OutboxOutcomeRecorder(
    IdocsDbContext dbContext, OutboxOptions options, TimeProvider clock, ILogger logger, string claimedBy)
{
    public async Task RecordSuccessAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var deleted = await ClaimedByMe(message.Id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            LogClaimLost(message);
            return;
        }

        logger.LogDebug("Delivered outbox message {OutboxMessageId} of type {OutboxMessageType}", message.Id, message.Type);
    }

    public async Task RecordFailureAsync(OutboxMessage message, Error error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var attempt = message.Attempts + 1;
        var errorText = Truncate(error.ToString(), OutboxMessageConfiguration.MaxErrorLength);
        message.RecordFailure(errorText, now + OutboxBackoff.Delay(attempt, options));

        if (message.Attempts >= options.MaxAttempts)
        {
            await MoveToDeadLettersAsync(message, now, cancellationToken);
            return;
        }

        var updated = await ClaimedByMe(message.Id).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(row => row.Attempts, message.Attempts)
                .SetProperty(row => row.LastError, message.LastError)
                .SetProperty(row => row.NextAttemptAt, message.NextAttemptAt)
                .SetProperty(row => row.ClaimedBy, (string?)null)
                .SetProperty(row => row.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(
                    row => EF.Property<long>(row, ConcurrencyVersion.PropertyName),
                    row => EF.Property<long>(row, ConcurrencyVersion.PropertyName) + 1),
            cancellationToken);
        if (updated == 0)
        {
            LogClaimLost(message);
            return;
        }

        logger.LogWarning(
            "Outbox message {OutboxMessageId} of type {OutboxMessageType} failed attempt {Attempt} of {MaxAttempts}, next attempt at {NextAttemptAt}: {OutboxError}",
            message.Id, message.Type, message.Attempts, options.MaxAttempts, message.NextAttemptAt, errorText);
    }

    private async Task MoveToDeadLettersAsync(OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);

        var deleted = await ClaimedByMe(message.Id).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            LogClaimLost(message);
            return;
        }

        dbContext.OutboxDeadLetters.Add(OutboxDeadLetter.From(message, now));
        await dbContext.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogError(
            "Outbox message {OutboxMessageId} of type {OutboxMessageType} moved to dead letters after {Attempt} attempts: {OutboxError}",
            message.Id, message.Type, message.Attempts, message.LastError);
    }

    private IQueryable<OutboxMessage> ClaimedByMe(Guid messageId) =>
        dbContext.OutboxMessages.Where(row => row.Id == messageId && row.ClaimedBy == claimedBy);

    private void LogClaimLost(OutboxMessage message) =>
        logger.LogWarning(
            "Outbox message {OutboxMessageId} was no longer claimed by dispatcher {OutboxDispatcherId} when its outcome was recorded; its claim expired during delivery, so it may be delivered again",
            message.Id, claimedBy);

    private static string Truncate(string text, int maxLength) =>
        text.Length <= maxLength ? text : text[..maxLength];
}
