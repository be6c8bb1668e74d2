using Quartz;

namespace Idocs.Storage.Tests.Scheduling;

/// <summary>A job that reports that it ran; built by the container, as application jobs are.</summary>
public sealed class SignalJob(JobSignal signal) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        signal.Ran.TrySetResult();
        return ValueTask.CompletedTask;
    }
}
