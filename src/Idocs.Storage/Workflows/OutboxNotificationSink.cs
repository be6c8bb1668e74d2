using Idocs.Common.Results;
using Idocs.Storage.Outbox;
using Idocs.Workflows.Notifications;
using Idocs.Workflows.Persistence;

namespace Idocs.Storage.Workflows;

/// <summary>
/// Records a Notify step's request as an outbox row of type <see cref="MessageType"/> in the unit of
/// work's transaction; the outbox dispatcher delivers it after the commit.
/// </summary>
public sealed class OutboxNotificationSink(TimeProvider clock) : INotificationSink
{
    public const string MessageType = "workflows.notification";

    public Task<Result> EnqueueAsync(NotificationRequest request, IWorkflowUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (unitOfWork is not EntityFrameworkWorkflowUnitOfWork efUnitOfWork)
        {
            throw new InvalidOperationException(
                $"{nameof(OutboxNotificationSink)} needs the EF workflow store's unit of work, got {unitOfWork?.GetType().Name ?? "null"}.");
        }

        new EntityFrameworkOutbox(efUnitOfWork.DbContext, clock).Enqueue(MessageType, request);
        return Task.FromResult(Result.Success());
    }
}
