using Idocs.Documents.UnitOfWork;
using System.Data.Common;
using Idocs.Common.Results;
using Idocs.Workflows;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Flow;

/// <summary>
/// Runs one document action in its own transaction and commits it. A concurrency conflict at the
/// commit reruns the action from a fresh read, so the loser of a race sees the winner's result
/// (for example "already signed") instead of a conflict.
/// </summary>
public sealed class DocumentTransactionRunner(IDocumentUnitOfWorkFactory transactions, ILogger<DocumentTransactionRunner> logger)
{
    public const int MaxAttempts = 5;

    private const string DeadlockDetected = "40P01";
    private const string SerializationFailure = "40001";

    public async Task<Result<T>> ExecuteAsync<T>(
        Func<IDocumentUnitOfWork, CancellationToken, Task<Result<T>>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            await using var transaction = await transactions.BeginAsync(cancellationToken);
            Result<T> result;
            try
            {
                result = await action(transaction, cancellationToken);
            }
            catch (DbException exception) when (exception.SqlState is DeadlockDetected or SerializationFailure)
            {
                // A row lock taken by raw SQL (the instance or document lock) reports the deadlock as an exception.
                logger.LogDebug("Document action attempt {Attempt} hit {SqlState}; retrying", attempt, exception.SqlState);
                continue;
            }

            if (!result.IsSuccess)
            {
                if (!IsConflict(result.Error.Code))
                {
                    return result;
                }

                logger.LogDebug("Document action attempt {Attempt} conflicted before commit: {ErrorCode}", attempt, result.Error.Code);
                continue;
            }

            var committed = await transaction.CommitAsync(cancellationToken);
            if (committed.IsSuccess)
            {
                return result;
            }

            if (!IsConflict(committed.Error.Code))
            {
                return Result<T>.Failure(committed.Error);
            }

            logger.LogDebug("Document action attempt {Attempt} conflicted at commit: {ErrorCode}", attempt, committed.Error.Code);
        }

        logger.LogWarning("Document action gave up after {MaxAttempts} concurrency conflicts", MaxAttempts);
        return Result<T>.Failure(
            FlowErrorCodes.TooManyConflicts, $"The document kept changing concurrently; {MaxAttempts} attempts failed. Reload it and try again.");
    }

    /// <remarks>The storage codes are compared as text because the document module does not reference storage.</remarks>
    private static bool IsConflict(string code) =>
        code is CommonErrorCodes.ConcurrencyConflict or WorkflowErrorCodes.Conflict or "storage.deadlock" or "storage.serialization_failure";
}
