using Idocs.Billing.Money;
using Idocs.Common.Results;

namespace Idocs.Billing.Tests.Money;

public class TengeTests
{
    [Theory]
    [InlineData("10000.00", 14, 30, "4666.67")]
    [InlineData("10000.00", 16, 30, "5333.33")]
    [InlineData("0.05", 1, 2, "0.03")]
    [InlineData("0.15", 1, 2, "0.08")]
    [InlineData("25000.00", 0, 31, "0.00")]
    [InlineData("9999.99", 28, 28, "9999.99")]
    public void Prorate_Share_RoundsHalfAwayFromZeroToTiyn(string amount, int numerator, int denominator, string expected)
    {
        var price = Tenge.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        var share = price.Prorate(numerator, denominator);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), share.Amount);
    }

    [Fact]
    public void Multiply_ByQuantity_IsExact()
    {
        var price = Tenge.Of(33.33m);

        var amount = price * 3;

        Assert.Equal(99.99m, amount.Amount);
    }

    [Fact]
    public void Sum_ManyTiyn_HasNoFloatingPointDrift()
    {
        var amounts = Enumerable.Repeat(Tenge.Of(0.1m), 1000);

        var total = Tenge.Sum(amounts);

        Assert.Equal(Tenge.Of(100m), total);
    }

    [Fact]
    public void Of_ThreeFractionalDigits_Throws()
    {
        Assert.Throws<ArgumentException>(() => Tenge.Of(1.234m));
    }

    [Fact]
    public void Create_Negative_ReturnsInvalidInputNamingField()
    {
        var created = Tenge.Create(-1m, "document price");

        Assert.Equal(CommonErrorCodes.InvalidInput, created.Error?.Code);
        Assert.Contains("document price", created.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ThreeFractionalDigits_ReturnsInvalidInput()
    {
        var created = Tenge.Create(1.005m, "monthly fee");

        Assert.Equal(CommonErrorCodes.InvalidInput, created.Error?.Code);
    }

    [Fact]
    public void ToString_Amount_UsesInvariantTwoDigits()
    {
        Assert.Equal("12345.50 KZT", Tenge.Of(12345.5m).ToString());
    }

    [Fact]
    public void Equals_SameValueDifferentScale_IsEqual()
    {
        Assert.Equal(Tenge.Of(5m), Tenge.Of(5.00m));
    }
}
