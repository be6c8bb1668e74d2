using Idocs.Storage.Billing.Email;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Idocs.Storage.Billing.Jobs;

/// <summary>Quartz job that queues the due trial emails, each once by its idempotency key.</summary>
[DisallowConcurrentExecution]
public sealed class TrialReminderJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("trial-reminders", "billing");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<QueueTrialReminders>().RunAsync(cancellationToken);
    }
}
