using Idocs.Common.Ids;
using Idocs.Common.Results;

namespace Idocs.Common.Tests.Results;

public class ResultTests
{
    [Fact]
    public void Success_HasNoError()
    {
        var result = Result.Success();

        Assert.True(result.IsSuccess);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Failure_KeepsCodeAndMessage()
    {
        var result = Result.Failure(CommonErrorCodes.NotFound, "document 42 was not found");

        Assert.False(result.IsSuccess);
        Assert.Equal(CommonErrorCodes.NotFound, result.Error.Code);
        Assert.Equal("document 42 was not found", result.Error.Message);
    }

    [Fact]
    public void GenericSuccess_CarriesValue()
    {
        Result<int> result = 7;

        Assert.True(result.IsSuccess);
        Assert.Equal(7, result.Value);
    }

    [Fact]
    public void GenericFailure_ToResult_KeepsError()
    {
        Result<string> result = new Error(CommonErrorCodes.InvalidInput, "amount is negative");

        var plain = result.ToResult();

        Assert.False(plain.IsSuccess);
        Assert.Equal(CommonErrorCodes.InvalidInput, plain.Error.Code);
    }

    [Fact]
    public void Failure_NullError_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Result.Failure(null!));
    }

    [Fact]
    public void NewId_LaterClock_SortsAfter()
    {
        var start = new DateTimeOffset(2026, 11, 30, 18, 30, 0, TimeSpan.Zero);

        var first = IdGenerator.NewId(new FixedClock(start));
        var second = IdGenerator.NewId(new FixedClock(start.AddSeconds(1)));

        Assert.Equal(7, first.Version);
        Assert.True(string.CompareOrdinal(first.ToString(), second.ToString()) < 0);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
