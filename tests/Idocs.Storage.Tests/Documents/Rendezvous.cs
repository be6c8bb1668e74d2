namespace Idocs.Storage.Tests.Documents;

/// <summary>Lets a fixed number of concurrent callers continue only once all of them arrived.</summary>
internal sealed class Rendezvous(int parties)
{
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting = parties;

    public async Task ArriveAsync()
    {
        if (Interlocked.Decrement(ref _waiting) == 0)
        {
            _allArrived.SetResult();
        }

        await _allArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
