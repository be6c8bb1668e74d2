namespace Idocs.Storage.Tests.Support;

/// <summary>Polls a condition that background work makes true, with a time limit.</summary>
internal static class Eventually
{
    public static async Task<bool> WaitAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);
        }

        return await condition();
    }
}
