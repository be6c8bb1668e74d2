using System.Collections.Concurrent;
using Idocs.Common.Results;
using Idocs.Workflows.Notifications;
using Idocs.Workflows.Persistence;

namespace Idocs.Workflows.Designer.DryRun;

/// <summary>Keeps the notifications a dry run would send, instead of sending them.</summary>
internal sealed class RecordingNotificationSink : INotificationSink
{
    public ConcurrentQueue<NotificationRequest> Requests { get; } = new();

    public Task<Result> EnqueueAsync(NotificationRequest request, IWorkflowUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Task.FromResult(Result.Success());
    }
}
