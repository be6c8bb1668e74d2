using Idocs.Billing.Invoices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Idocs.Billing.Tests;

public class BillingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBilling_ThresholdAboveOne_FailsOptionsValidation()
    {
        var services = new ServiceCollection();
        services.AddBilling();
        services.Configure<BillingOptions>(options => options.StorageWarningThreshold = 1.5m);
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => ReadOptions(provider));

        Assert.Contains("StorageWarningThreshold", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBilling_UnknownDefaultTimeZone_FailsOptionsValidation()
    {
        var services = new ServiceCollection();
        services.AddBilling();
        services.Configure<BillingOptions>(options => options.DefaultTimeZoneId = "Asia/Atlantis");
        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => ReadOptions(provider));
    }

    [Fact]
    public void AddBilling_Registrations_IncludeMonthlyInvoiceRun()
    {
        var services = new ServiceCollection();

        services.AddBilling();

        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(IssueMonthlyInvoices));
    }

    private static BillingOptions ReadOptions(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<BillingOptions>>().Value;
}
