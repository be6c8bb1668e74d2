using Idocs.Common.Results;
using Idocs.Workflows.Persistence;
using Microsoft.Extensions.Logging;

namespace Idocs.Workflows.Runtime.Execution;

/// <summary>
/// Runs a command in its own unit of work and commits it. A concurrency conflict at commit reruns the
/// command from a fresh read, so the second of two concurrent resumes reads the first one's result.
/// </summary>
internal static class UnitOfWorkRetry
{
    public static async Task<Result<T>> RunAsync<T>(
        IWorkflowStore store,
        int maxAttempts,
        Func<IWorkflowUnitOfWork, CancellationToken, Task<Result<T>>> command,
        TransactionExtension<T>? extension,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            await using var unitOfWork = await store.BeginAsync(cancellationToken);
            var result = await command(unitOfWork, cancellationToken);
            if (!result.IsSuccess)
            {
                return result;
            }

            if (extension is not null)
            {
                var extended = await extension(unitOfWork, result.Value, cancellationToken);
                if (!extended.IsSuccess)
                {
                    return Result<T>.Failure(extended.Error);
                }
            }

            var committed = await unitOfWork.CommitAsync(cancellationToken);
            if (committed.IsSuccess)
            {
                return result;
            }

            if (committed.Error.Code != WorkflowErrorCodes.Conflict)
            {
                return Result<T>.Failure(committed.Error);
            }

            logger.LogDebug("Workflow command attempt {Attempt} of {MaxAttempts} hit a conflict: {Error}", attempt, maxAttempts, committed.Error);
        }

        logger.LogWarning("Workflow command gave up after {MaxAttempts} concurrency conflicts", maxAttempts);
        return Result<T>.Failure(
            WorkflowErrorCodes.Conflict, $"The instance kept changing concurrently; {maxAttempts} attempts failed. Retry the request with the same idempotency key.");
    }
}
