using Quartz;

namespace Idocs.Storage.Tests.Billing;

/// <summary>Counts finished runs of one job across the nodes it is attached to, and lets a test wait for a count.</summary>
public sealed class JobRunCounter(JobKey jobKey) : IJobListener
{
    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private int _runs;

    public string Name => $"run-counter-{jobKey}";

    public int Runs => Volatile.Read(ref _runs);

    /// <summary>Returns when at least <paramref name="count"/> runs finished, or throws <see cref="TimeoutException"/>.</summary>
    public Task WaitForRunsAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_runs >= count)
            {
                return Task.CompletedTask;
            }

            _waiters.Add((count, reached));
        }

        return reached.Task.WaitAsync(timeout, cancellationToken);
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.JobDetail.Key.Equals(jobKey))
        {
            return ValueTask.CompletedTask;
        }

        lock (_lock)
        {
            _runs++;
            foreach (var waiter in _waiters.Where(waiter => _runs >= waiter.Count).ToList())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return ValueTask.CompletedTask;
    }
}
