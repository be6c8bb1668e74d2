using Idocs.Workflows.Persistence;
using Microsoft.Extensions.Logging;

namespace Idocs.Workflows.Runtime;

/// <summary>
/// Resumes timer bookmarks that are due. The scheduler job calls it; because each timer is resumed
/// through the resumer with the idempotency key <c>timer:{bookmark id}</c>, a timer fires once even
/// when two hosts or a restarted host process it at the same time.
/// </summary>
public sealed class DueTimerProcessor(
    IWorkflowStore store,
    WorkflowResumer resumer,
    TimeProvider clock,
    ILogger<DueTimerProcessor> logger)
{
    /// <summary>Fires up to <paramref name="maxCount"/> due timers; returns how many this call fired.</summary>
    public async Task<int> FireDueTimersAsync(int maxCount, CancellationToken cancellationToken = default)
    {
        var due = await store.ListDueTimersAsync(clock.GetUtcNow(), maxCount, cancellationToken);
        var fired = 0;
        foreach (var bookmark in due)
        {
            var request = new ResumeRequest(bookmark.Id, Actor.System, BookmarkKinds.TimerElapsed, $"timer:{bookmark.Id}");
            var result = await resumer.ResumeAsync(request, cancellationToken: cancellationToken);
            if (result.IsSuccess && !result.Value.Replayed)
            {
                fired++;
            }
            else if (!result.IsSuccess && result.Error.Code != WorkflowErrorCodes.AlreadyCompleted && result.Error.Code != WorkflowErrorCodes.InstanceSuspended)
            {
                logger.LogWarning(
                    "Timer bookmark {BookmarkId} of workflow instance {WorkflowInstanceId} did not fire: {Error}", bookmark.Id, bookmark.InstanceId, result.Error);
            }
        }

        return fired;
    }
}
