using Idocs.Common.Results;

namespace Idocs.Workflows.Notifications;

/// <summary>
/// Receives the notifications Notify steps ask for. The implementation should only record the request
/// in the current transaction (an outbox row) and send it later, so that a rolled-back resume sends
/// nothing. A failure result faults the step and opens an incident.
/// </summary>
public interface INotificationSink
{
    Task<Result> EnqueueAsync(NotificationRequest request, CancellationToken cancellationToken);
}
