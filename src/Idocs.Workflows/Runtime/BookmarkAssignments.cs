using Idocs.Common.Results;
using Idocs.Workflows.Participants;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime.Execution;
using Microsoft.Extensions.Logging;

namespace Idocs.Workflows.Runtime;

/// <summary>
/// Changes who may resume an open bookmark. Delegation: a participant hands the seat to another
/// user. Reassignment: an actor with <see cref="WorkflowEngineOptions.ReassignRight"/> gives the seat
/// to any user, role or right. Both replace the gate and are journaled.
/// </summary>
public sealed class BookmarkAssignments(
    IWorkflowStore store,
    IWorkflowDefinitionStore definitions,
    TimeProvider clock,
    WorkflowEngineOptions options,
    ILogger<BookmarkAssignments> logger)
{
    public Task<Result<BookmarkGate>> DelegateAsync(Guid bookmarkId, Actor actor, string delegateUserId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(delegateUserId))
        {
            return Task.FromResult(Result<BookmarkGate>.Failure(CommonErrorCodes.InvalidInput, "The delegate's user id is missing."));
        }

        return ChangeGateAsync(bookmarkId, actor, JournalEvent.BookmarkDelegated, (bookmark, _) =>
        {
            if (!bookmark.Gate.Admits(actor) || actor.IsSystem)
            {
                return Result<BookmarkGate>.Failure(
                    WorkflowErrorCodes.Forbidden, $"User {actor.UserId} is not a participant of bookmark {bookmark.Id} and cannot delegate it.");
            }

            bookmark.DelegatedBy = actor.UserId;
            return new BookmarkGate { UserIds = [delegateUserId] };
        }, cancellationToken);
    }

    public Task<Result<BookmarkGate>> ReassignAsync(Guid bookmarkId, Actor actor, Participant participant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(participant);
        return ChangeGateAsync(bookmarkId, actor, JournalEvent.BookmarkReassigned, (_, instance) =>
        {
            if (!actor.Rights.Contains(options.ReassignRight))
            {
                return Result<BookmarkGate>.Failure(
                    WorkflowErrorCodes.Forbidden, $"Reassigning a step needs the right '{options.ReassignRight}', which user {actor.UserId} lacks.");
            }

            return participant.Kind switch
            {
                ParticipantKind.User => new BookmarkGate { UserIds = [participant.Value] },
                ParticipantKind.Role => new BookmarkGate { Roles = [participant.Value] },
                ParticipantKind.Right => new BookmarkGate { Rights = [participant.Value] },
                _ => instance.Variables.TryGetValue(participant.Value, out var user) && user.ValueKind == System.Text.Json.JsonValueKind.String
                    ? new BookmarkGate { UserIds = [user.GetString()!] }
                    : Result<BookmarkGate>.Failure(CommonErrorCodes.InvalidInput, $"Variable '{participant.Value}' does not hold a user id."),
            };
        }, cancellationToken);
    }

    private Task<Result<BookmarkGate>> ChangeGateAsync(
        Guid bookmarkId, Actor actor, JournalEvent journalEvent, Func<Bookmark, WorkflowInstance, Result<BookmarkGate>> newGate, CancellationToken cancellationToken) =>
        UnitOfWorkRetry.RunAsync<BookmarkGate>(
            store,
            options.MaxConflictRetries,
            async (unitOfWork, token) =>
            {
                var session = new WorkflowSession(unitOfWork, definitions, clock.GetUtcNow());
                var instanceId = await unitOfWork.FindInstanceIdByBookmarkAsync(bookmarkId, token);
                var tracked = instanceId is { } id ? await session.LoadAsync(id, token) : null;
                var bookmark = tracked?.Instance.FindBookmark(bookmarkId);
                if (tracked is null || bookmark is null)
                {
                    return Result<BookmarkGate>.Failure(WorkflowErrorCodes.BookmarkNotFound, $"Bookmark {bookmarkId} does not exist.");
                }

                if (bookmark.Status != BookmarkStatus.Open || bookmark.Gate.SystemOnly)
                {
                    return Result<BookmarkGate>.Failure(
                        WorkflowErrorCodes.AlreadyCompleted, $"Bookmark {bookmarkId} is not an open participant step and cannot be reassigned.");
                }

                var gate = newGate(bookmark, tracked.Instance);
                if (!gate.IsSuccess)
                {
                    return gate;
                }

                bookmark.Gate = gate.Value;
                session.Journal(tracked.Instance, journalEvent, actor, bookmark.ActivityId, bookmarkId: bookmark.Id, message: Describe(gate.Value));
                session.Flush();
                return gate;
            },
            extension: null,
            logger,
            cancellationToken);

    private static string Describe(BookmarkGate gate) =>
        string.Join(", ", gate.UserIds.Select(user => $"user {user}").Concat(gate.Roles.Select(role => $"role {role}")).Concat(gate.Rights.Select(right => $"right {right}")));
}
