using System.Collections.Concurrent;
using Idocs.Common.Results;
using Idocs.Workflows.Notifications;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Persistence.InMemory;

namespace Idocs.Workflows.Tests.Support;

/// <summary>Records the notifications Notify steps request. Setting <see cref="Fail"/> makes it fail, to exercise incidents.</summary>
public sealed class RecordingNotificationSink : INotificationSink
{
    public ConcurrentQueue<NotificationRequest> Requests { get; } = new();

    public bool Fail { get; set; }

    /// <summary>Records the request when the unit of work commits, as an outbox row would appear.</summary>
    public Task<Result> EnqueueAsync(NotificationRequest request, IWorkflowUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            return Task.FromResult(Result.Failure("test.sink_unavailable", "The test sink is set to fail."));
        }

        ((InMemoryWorkflowUnitOfWork)unitOfWork).AfterCommit(() => Requests.Enqueue(request));
        return Task.FromResult(Result.Success());
    }
}
