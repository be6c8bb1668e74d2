using Idocs.Billing.Periods;
using Idocs.Common.Results;

namespace Idocs.Billing.Tests.Periods;

public class BillingPeriodTests
{
    private static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    [Fact]
    public void StartsAt_November2026Almaty_IsMidnightAtUtcPlusFive()
    {
        var start = new BillingPeriod(2026, 11).StartsAt(Almaty);

        Assert.Equal(new DateTimeOffset(2026, 10, 31, 19, 0, 0, TimeSpan.Zero), start);
    }

    [Fact]
    public void StartsAt_February2024Almaty_IsMidnightAtUtcPlusSix()
    {
        var start = new BillingPeriod(2024, 2).StartsAt(Almaty);

        Assert.Equal(new DateTimeOffset(2024, 1, 31, 18, 0, 0, TimeSpan.Zero), start);
    }

    [Fact]
    public void EndsAt_February2024Almaty_IsAtUtcPlusFive()
    {
        var end = new BillingPeriod(2024, 2).EndsAt(Almaty);

        Assert.Equal(new DateTimeOffset(2024, 2, 29, 19, 0, 0, TimeSpan.Zero), end);
    }

    [Fact]
    public void Containing_InstantJustBeforeLocalMidnight_ReturnsEndingMonth()
    {
        var period = BillingPeriod.Containing(new DateTimeOffset(2026, 11, 30, 18, 59, 59, TimeSpan.Zero), Almaty);

        Assert.Equal(new BillingPeriod(2026, 11), period);
    }

    [Fact]
    public void NextAndPrevious_AcrossYear_WrapMonth()
    {
        var december = new BillingPeriod(2026, 12);

        Assert.Equal(new BillingPeriod(2027, 1), december.Next());
        Assert.Equal(december, december.Next().Previous());
    }

    [Fact]
    public void DaysInPeriod_LeapFebruary_Is29()
    {
        Assert.Equal(29, new BillingPeriod(2024, 2).DaysInPeriod);
    }

    [Fact]
    public void Parse_YearMonth_ReturnsPeriod()
    {
        var parsed = BillingPeriod.Parse("2026-11");

        Assert.Equal(new BillingPeriod(2026, 11), parsed.Value);
        Assert.Equal("2026-11", parsed.Value.ToString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("November")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_Invalid_ReturnsInvalidInput(string? text)
    {
        var parsed = BillingPeriod.Parse(text);

        Assert.Equal(CommonErrorCodes.InvalidInput, parsed.Error?.Code);
    }

    [Fact]
    public void StartOfDay_SkippedMidnight_StartsAtFirstValidTime()
    {
        // Santiago moved clocks from 00:00 to 01:00 on 2024-09-08, so that day had no midnight.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        var start = LocalCalendar.StartOfDay(new DateOnly(2024, 9, 8), santiago);

        Assert.Equal(new DateTimeOffset(2024, 9, 8, 1, 0, 0, TimeSpan.FromHours(-3)), start);
    }
}
