using Idocs.Billing.Contacts;
using Idocs.Billing.CustomPlans;
using Idocs.Billing.Invoices;
using Idocs.Billing.Limits;
using Idocs.Billing.Metering;
using Idocs.Billing.Periods;
using Idocs.Billing.PriceLists;
using Idocs.Billing.StorageQuota;
using Idocs.Billing.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Idocs.Billing;

public static class BillingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the billing services. The stores (<see cref="IBillingAccountStore"/>,
    /// <see cref="IPriceListStore"/>, <see cref="IMeteredUnitStore"/>, <see cref="IInvoiceStore"/>,
    /// <see cref="ICustomPlanRequestStore"/>) and <see cref="IStorageUsageReader"/> come from storage.
    /// </summary>
    public static IServiceCollection AddBilling(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BillingOptions>()
            .Validate(options => options.TrialLength >= TimeSpan.Zero, "Billing:TrialLength must be zero or more.")
            .Validate(
                options => options.StorageWarningThreshold is > 0m and <= 1m,
                "Billing:StorageWarningThreshold must be above 0 and at most 1, for example 0.9.")
            .Validate(options => options.MaxBillingContacts >= 0, "Billing:MaxBillingContacts must be zero or more.")
            .Validate(
                options => LocalCalendar.FindTimeZone(options.DefaultTimeZoneId).IsSuccess,
                "Billing:DefaultTimeZoneId must be an IANA time zone id such as Asia/Almaty.")
            .ValidateOnStart();

        services.AddScoped<OpenBillingAccount>();
        services.AddScoped<ManageSubscription>();
        services.AddScoped<CheckDocumentAccess>();
        services.AddScoped<PublishPriceList>();
        services.AddScoped<ManageCustomPlanRequests>();
        services.AddScoped<RecordDispatch>();
        services.AddScoped<CheckStorageUsage>();
        services.AddScoped<CheckPlanLimits>();
        services.AddScoped<IssueInvoice>();
        services.AddScoped<IssueMonthlyInvoices>();
        services.AddScoped<MarkInvoicePaid>();
        services.AddScoped<ListInvoices>();
        services.AddScoped<ManageBillingContacts>();
        return services;
    }
}
