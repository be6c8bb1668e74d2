using Idocs.Billing.Invoices;
using Idocs.Billing.Money;
using Idocs.Billing.Periods;
using Idocs.Billing.PriceLists;
using Idocs.Billing.Subscriptions;

namespace Idocs.Billing.Tests.Invoices;

public class InvoiceCalculatorTests
{
    [Fact]
    public void Calculate_StoragePackageMissingFromPriceList_ReturnsUnknownStoragePackage()
    {
        var registeredAt = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
        var account = BillingAccount.Open(Guid.NewGuid(), "Asia/Almaty", registeredAt, TimeSpan.Zero).Value!;
        account.Connect(Plans.PlanCode.Standard, "storage-retired", Guid.NewGuid(), registeredAt);
        var prices = new PriceListHistory([TestPriceLists.Version(1, new DateOnly(2026, 1, 1))]);

        var lines = InvoiceCalculator.Calculate(account, new BillingPeriod(2026, 11), prices, []);

        Assert.Equal(BillingErrorCodes.UnknownStoragePackage, lines.Error?.Code);
    }

    [Fact]
    public void Calculate_PlanForWholeMonth_ChargesFullFeeWithoutRounding()
    {
        var registeredAt = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
        var account = BillingAccount.Open(Guid.NewGuid(), "Asia/Almaty", registeredAt, TimeSpan.Zero).Value!;
        account.Connect(Plans.PlanCode.Standard, null, Guid.NewGuid(), registeredAt);
        var prices = new PriceListHistory([TestPriceLists.Version(1, new DateOnly(2026, 1, 1), standardFee: 9_999.99m)]);

        var lines = InvoiceCalculator.Calculate(account, new BillingPeriod(2027, 2), prices, []);

        var fee = Assert.Single(lines.Value!);
        Assert.Equal(28, fee.Quantity);
        Assert.Equal(Tenge.Of(9_999.99m), fee.Amount);
    }
}
