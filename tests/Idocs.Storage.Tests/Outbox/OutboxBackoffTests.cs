using Idocs.Storage.Outbox;

namespace Idocs.Storage.Tests.Outbox;

public class OutboxBackoffTests
{
    private static readonly OutboxOptions Options = new()
    {
        BaseBackoff = TimeSpan.FromSeconds(5),
        MaxBackoff = TimeSpan.FromMinutes(1),
    };

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(4, 40)]
    [InlineData(5, 60)]
    [InlineData(1000, 60)]
    public void Delay_AttemptNumber_DoublesUpToMax(int attempts, int expectedSeconds)
    {
        var delay = OutboxBackoff.Delay(attempts, Options);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Fact]
    public void Delay_ZeroAttempts_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutboxBackoff.Delay(0, Options));
    }
}
