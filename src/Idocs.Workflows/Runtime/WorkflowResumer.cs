using Idocs.Common.Results;
using Idocs.Workflows.Activities;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime.Execution;
using Microsoft.Extensions.Logging;

namespace Idocs.Workflows.Runtime;

/// <summary>
/// The single entry point that resumes bookmarks. It checks the gate (not-found, forbidden,
/// already-completed, suspended, out-of-turn, timer not due), runs the instance to its next wait
/// states and stores the result under the idempotency key, all in one unit of work. Every expected
/// failure is a result with a <see cref="WorkflowErrorCodes"/> code.
/// </summary>
public sealed class WorkflowResumer
{
    private readonly IWorkflowStore _store;
    private readonly IWorkflowDefinitionStore _definitions;
    private readonly TimeProvider _clock;
    private readonly WorkflowEngineOptions _options;
    private readonly ILogger<WorkflowResumer> _logger;
    private readonly WorkflowRunner _runner;

    public WorkflowResumer(
        IWorkflowStore store,
        IWorkflowDefinitionStore definitions,
        ActivityRegistry registry,
        TimeProvider clock,
        WorkflowEngineOptions options,
        ILogger<WorkflowResumer> logger)
    {
        _store = store;
        _definitions = definitions;
        _clock = clock;
        _options = options;
        _logger = logger;
        _runner = new WorkflowRunner(registry, options, logger);
    }

    /// <summary>
    /// Resumes a bookmark in its own transaction, extended by the caller's writes. A repeated request
    /// with the same idempotency key returns the first result (with <see cref="ResumeOutcome.Replayed"/>)
    /// and does not run the extension again.
    /// </summary>
    public Task<Result<ResumeOutcome>> ResumeAsync(
        ResumeRequest request, TransactionExtension<ResumeOutcome>? extension = null, CancellationToken cancellationToken = default)
    {
        TransactionExtension<ResumeOutcome>? firstTimeOnly = extension is null
            ? null
            : (unitOfWork, outcome, token) => outcome.Replayed ? Task.FromResult(Result.Success()) : extension(unitOfWork, outcome, token);
        return UnitOfWorkRetry.RunAsync(
            _store, _options.MaxConflictRetries, (unitOfWork, token) => ResumeInAsync(unitOfWork, request, token), firstTimeOnly, _logger, cancellationToken);
    }

    /// <summary>Resumes a bookmark inside the caller's unit of work (for example a mass action); the caller commits.</summary>
    public async Task<Result<ResumeOutcome>> ResumeInAsync(IWorkflowUnitOfWork unitOfWork, ResumeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(request);
        var invalid = CheckRequest(request);
        if (invalid is not null)
        {
            return Result<ResumeOutcome>.Failure(invalid);
        }

        // NOTE: only successful resumes are stored under their key. A rejected request (forbidden,
        // out of turn) changes nothing, so repeating it is checked again and may succeed later.
        var previous = await unitOfWork.FindIdempotencyRecordAsync(request.Actor.UserId, request.IdempotencyKey, cancellationToken);
        if (previous is not null)
        {
            return previous.BookmarkId == request.BookmarkId
                ? previous.Outcome with { Replayed = true }
                : Result<ResumeOutcome>.Failure(
                    WorkflowErrorCodes.IdempotencyKeyReused,
                    $"Idempotency key '{request.IdempotencyKey}' was already used for bookmark {previous.BookmarkId}; use a new key for bookmark {request.BookmarkId}.");
        }

        var session = new WorkflowSession(unitOfWork, _definitions, _clock.GetUtcNow());
        var instanceId = await unitOfWork.FindInstanceIdByBookmarkAsync(request.BookmarkId, cancellationToken);
        var tracked = instanceId is { } id ? await session.LoadAsync(id, cancellationToken) : null;
        var bookmark = tracked?.Instance.FindBookmark(request.BookmarkId);
        if (tracked is null || bookmark is null)
        {
            return Result<ResumeOutcome>.Failure(WorkflowErrorCodes.BookmarkNotFound, $"Bookmark {request.BookmarkId} does not exist.");
        }

        var refused = CheckGate(tracked.Instance, bookmark, request.Actor, session.Now);
        if (refused is not null)
        {
            _logger.LogDebug("Resume of bookmark {BookmarkId} by {UserId} rejected: {ErrorCode}", bookmark.Id, request.Actor.UserId, refused.Code);
            return Result<ResumeOutcome>.Failure(refused);
        }

        var resumed = await _runner.ResumeAsync(session, tracked, bookmark, request.Actor, request.Decision, request.Data, cancellationToken);
        if (!resumed.IsSuccess)
        {
            return Result<ResumeOutcome>.Failure(resumed.Error);
        }

        session.Flush();
        var outcome = new ResumeOutcome
        {
            BookmarkId = bookmark.Id,
            InstanceId = tracked.Instance.Id,
            ActivityId = bookmark.ActivityId,
            Decision = request.Decision,
            InstanceStatus = tracked.Instance.Status,
            OpenBookmarkIds = tracked.Instance.OpenBookmarks.Select(open => open.Id).ToList(),
        };
        unitOfWork.AddIdempotencyRecord(new IdempotencyRecord(request.Actor.UserId, request.IdempotencyKey, bookmark.Id, outcome, session.Now));
        _logger.LogDebug(
            "Resumed bookmark {BookmarkId} of workflow instance {WorkflowInstanceId} with {Decision}", bookmark.Id, tracked.Instance.Id, request.Decision);
        return outcome;
    }

    private Error? CheckRequest(ResumeRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey) || request.IdempotencyKey.Length > _options.MaxIdempotencyKeyLength)
        {
            return new Error(
                CommonErrorCodes.InvalidInput, $"The idempotency key must be 1 to {_options.MaxIdempotencyKeyLength} characters; send one unique key per user action.");
        }

        if (string.IsNullOrWhiteSpace(request.Decision))
        {
            return new Error(CommonErrorCodes.InvalidInput, "The decision is missing; send one of the waiting step's outcomes, for example Approved.");
        }

        return request.Actor is null || string.IsNullOrWhiteSpace(request.Actor.UserId)
            ? new Error(CommonErrorCodes.InvalidInput, "The actor's user id is missing.")
            : null;
    }

    private static Error? CheckGate(WorkflowInstance instance, Bookmark bookmark, Actor actor, DateTimeOffset now)
    {
        if (!bookmark.Gate.Admits(actor))
        {
            return new Error(WorkflowErrorCodes.Forbidden, $"User {actor.UserId} is not a participant of step '{bookmark.ActivityId}' (bookmark {bookmark.Id}).");
        }

        if (bookmark.Status != BookmarkStatus.Open)
        {
            return new Error(
                WorkflowErrorCodes.AlreadyCompleted,
                bookmark.Status == BookmarkStatus.Completed
                    ? $"Bookmark {bookmark.Id} was already resumed with {bookmark.Decision} by {bookmark.ClosedBy}."
                    : $"Step '{bookmark.ActivityId}' finished without bookmark {bookmark.Id}.");
        }

        if (instance.Status == WorkflowInstanceStatus.Suspended)
        {
            return new Error(WorkflowErrorCodes.InstanceSuspended, $"Instance {instance.Id} is suspended; retry after it is activated.");
        }

        if (bookmark.Sequence is { } turn
            && instance.OpenBookmarks.Any(other => other.ExecutionId == bookmark.ExecutionId && other.Sequence < turn))
        {
            return new Error(WorkflowErrorCodes.OutOfTurn, $"Step '{bookmark.ActivityId}' is sequential and an earlier participant has not acted yet.");
        }

        return bookmark.DueAt is { } due && due > now
            ? new Error(WorkflowErrorCodes.TimerNotDue, $"Timer bookmark {bookmark.Id} is due at {due:O}, not yet.")
            : null;
    }
}
