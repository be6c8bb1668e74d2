namespace Idocs.Storage.Tests.Scheduling;

/// <summary>Completed by <see cref="SignalJob"/> when the scheduler runs it.</summary>
public sealed class JobSignal
{
    public TaskCompletionSource Ran { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
