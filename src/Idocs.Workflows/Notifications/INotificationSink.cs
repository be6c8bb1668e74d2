using Idocs.Common.Results;
using Idocs.Workflows.Persistence;

namespace Idocs.Workflows.Notifications;

/// <summary>
/// Receives the notifications Notify steps request. The implementation records the request in
/// the given unit of work's transaction (an outbox row) and sends it after the commit, so that
/// a rolled-back or retried command sends nothing. A failure result faults the step and opens an incident.
/// </summary>
public interface INotificationSink
{
    Task<Result> EnqueueAsync(NotificationRequest request, IWorkflowUnitOfWork unitOfWork, CancellationToken cancellationToken);
}
