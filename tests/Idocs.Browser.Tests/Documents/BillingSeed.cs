using Idocs.Billing.Actors;
using Idocs.Billing.Money;
using Idocs.Billing.Plans;
using Idocs.Billing.PriceLists;
using Idocs.Billing.Subscriptions;
using Idocs.Browser.Tests.Hosting;
using Idocs.Documents.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Browser.Tests.Documents;

/// <summary>
/// Puts a company on the Standard plan (30 documents per mass action): the first price list and, when
/// the registration's outbox message has not opened it yet, a billing account whose trial ended long
/// ago. No HTTP endpoint publishes a price list, so the test writes it through the billing services.
/// </summary>
internal static class BillingSeed
{
    public const int StandardMassLimit = 30;

    public static async Task StandardPlanAsync(PlatformFixture platform, Guid companyId)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetService<TenantContext>()?.Set(companyId);
        var priceLists = scope.ServiceProvider.GetRequiredService<IPriceListStore>();
        if ((await priceLists.ListAsync(CancellationToken.None)).Count == 0)
        {
            var published = await scope.ServiceProvider.GetRequiredService<PublishPriceList>().RunAsync(
                new BillingActor(Guid.NewGuid(), ActorRole.PlatformStaff), Draft(), CancellationToken.None);
            Assert.True(published.IsSuccess, published.IsSuccess ? null : published.Error.Message);
        }

        var accounts = scope.ServiceProvider.GetRequiredService<IBillingAccountStore>();
        if (await accounts.FindAsync(companyId, CancellationToken.None) is null)
        {
            var account = BillingAccount.Open(companyId, "Asia/Almaty", DateTimeOffset.UtcNow.AddDays(-90), TimeSpan.FromDays(14));
            Assert.True(account.IsSuccess, account.IsSuccess ? null : account.Error.Message);
            Assert.True(await accounts.TryAddAsync(account.Value, CancellationToken.None));
        }
    }

    private static PriceListDraft Draft()
    {
        var standard = new PlanLimits(StandardMassLimit, Designer: false, ApiAccess: false);
        var pro = new PlanLimits(null, Designer: true, ApiAccess: true);
        return new PriceListDraft(
            new DateOnly(2026, 1, 1),
            [
                new PlanTerms(PlanCode.Standard, Tenge.Of(12_000m), Tenge.Of(60m), standard),
                new PlanTerms(PlanCode.Pro, Tenge.Of(30_000m), Tenge.Of(45m), pro),
                new PlanTerms(PlanCode.Custom, Tenge.Of(12_000m), Tenge.Of(60m), standard),
            ],
            new Dictionary<PlanFeature, Tenge>
            {
                [PlanFeature.Designer] = Tenge.Of(6_000m),
                [PlanFeature.ApiAccess] = Tenge.Of(5_000m),
                [PlanFeature.ExtendedMassActions] = Tenge.Of(3_500m),
            },
            [new StoragePackage("storage-20gb", 20L * 1024 * 1024 * 1024, Tenge.Of(5_000m))]);
    }
}
