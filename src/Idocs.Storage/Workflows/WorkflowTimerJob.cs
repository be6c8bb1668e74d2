using Idocs.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Idocs.Storage.Workflows;

/// <summary>
/// Quartz job that fires due workflow timers. Each timer resumes with the idempotency key
/// <c>timer:{bookmark id}</c>, so a restarted node or a second node never fires one twice.
/// </summary>
[DisallowConcurrentExecution]
public sealed class WorkflowTimerJob(
    IServiceScopeFactory scopes, IOptions<WorkflowStorageOptions> options, ILogger<WorkflowTimerJob> logger) : IJob
{
    public static readonly JobKey Key = new("workflow-timers", "workflows");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        var processor = scope.ServiceProvider.GetRequiredService<DueTimerProcessor>();
        var fired = await processor.FireDueTimersAsync(options.Value.TimerBatchSize, cancellationToken);
        if (fired > 0)
        {
            logger.LogInformation("Fired {TimerCount} workflow timers", fired);
        }
    }
}
