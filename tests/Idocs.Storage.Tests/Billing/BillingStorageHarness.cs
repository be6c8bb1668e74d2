using Idocs.Billing.Actors;
using Idocs.Billing.Invoices;
using Idocs.Billing.Metering;
using Idocs.Billing.Money;
using Idocs.Billing.Plans;
using Idocs.Billing.PriceLists;
using Idocs.Billing.Subscriptions;
using Idocs.Storage.Billing;
using Idocs.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Idocs.Storage.Tests.Billing;

/// <summary>
/// Billing over the EF stores of one test database, with a fixed clock the test moves. Prices in
/// KZT: Standard 10 000 a month and 50 a document, with mass actions up to 30. PRO 25 000 and 40,
/// unlimited, with the designer and the API.
/// </summary>
public sealed class BillingStorageHarness : IAsyncDisposable
{
    public static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
    public static readonly BillingActor Staff = new(Guid.NewGuid(), ActorRole.PlatformStaff);
    public static readonly BillingActor Director = new(Guid.NewGuid(), ActorRole.Director);

    private BillingStorageHarness(ServiceProvider services, FakeTimeProvider clock, FixedCompanyDirectory directory)
    {
        Services = services;
        Clock = clock;
        Directory = directory;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public FixedCompanyDirectory Directory { get; }

    public static BillingStorageHarness Create(
        StorageDatabaseFixture database, DateTimeOffset now, IReadOnlyDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        clock ??= new FakeTimeProvider(now);
        var directory = new FixedCompanyDirectory();
        var values = new Dictionary<string, string?> { ["Billing:TrialLength"] = "14.00:00:00", ["Billing:Mail:PickupDirectory"] = "" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = database.CreateServices(
            collection =>
            {
                collection.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
                collection.AddSingleton<IBillingCompanyDirectory>(directory);
                collection.AddIdocsBillingStorage(database.CreateConfiguration(values));
            },
            values);
        return new BillingStorageHarness(services, clock, directory);
    }

    /// <summary>Returns the instant of a local Almaty wall-clock time.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour = 0, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Almaty.GetUtcOffset(local)).ToUniversalTime();
    }

    public void SetNow(DateTimeOffset now) => Clock.SetUtcNow(now);

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Publishes a price list version at the current clock.</summary>
    public Task<PriceList> PublishAsync(DateOnly effectiveFrom, decimal standardFee = 10_000m, decimal standardDocumentPrice = 50m) =>
        RunAsync(async provider =>
        {
            var draft = new PriceListDraft(
                effectiveFrom,
                [
                    new PlanTerms(PlanCode.Standard, Tenge.Of(standardFee), Tenge.Of(standardDocumentPrice), new PlanLimits(30, false, false)),
                    new PlanTerms(PlanCode.Pro, Tenge.Of(25_000m), Tenge.Of(40m), new PlanLimits(null, true, true)),
                    new PlanTerms(PlanCode.Custom, Tenge.Of(standardFee), Tenge.Of(standardDocumentPrice), new PlanLimits(30, false, false)),
                ],
                new Dictionary<PlanFeature, Tenge>
                {
                    [PlanFeature.Designer] = Tenge.Of(5_000m),
                    [PlanFeature.ApiAccess] = Tenge.Of(4_000m),
                    [PlanFeature.ExtendedMassActions] = Tenge.Of(3_000m),
                },
                [new StoragePackage("storage-10gb", 10L * 1024 * 1024 * 1024, Tenge.Of(3_000m))]);
            var published = await provider.GetRequiredService<PublishPriceList>().RunAsync(Staff, draft, CancellationToken.None);
            return published.IsSuccess ? published.Value : throw new InvalidOperationException(published.Error.Message);
        });

    /// <summary>Publishes the first price list version (from 1 January 2024) unless the database has one.</summary>
    public async Task EnsurePriceListAsync()
    {
        var existing = await RunAsync(provider => provider.GetRequiredService<IPriceListStore>().ListAsync(CancellationToken.None));
        if (existing.Count == 0)
        {
            await PublishAsync(new DateOnly(2024, 1, 1));
        }
    }

    /// <summary>Opens a company's account at the current clock, which starts its 14-day trial.</summary>
    public Task<Guid> OpenCompanyAsync(string name = "ТОО «Тест»", string bin = "123456789012") =>
        RunAsync(async provider =>
        {
            var companyId = Guid.NewGuid();
            var opened = await provider.GetRequiredService<OpenBillingAccount>().RunAsync(companyId, null, CancellationToken.None);
            if (!opened.IsSuccess)
            {
                throw new InvalidOperationException(opened.Error.Message);
            }

            Directory.Set(companyId, new BillingCompanyRequisites(name, bin, null, null), []);
            return companyId;
        });

    public Task<SubscriptionStatus> ConnectAsync(Guid companyId, PlanCode plan) =>
        RunAsync(async provider =>
        {
            var status = await provider.GetRequiredService<ManageSubscription>().ConnectAsync(Director, companyId, plan, null, CancellationToken.None);
            return status.IsSuccess ? status.Value : throw new InvalidOperationException(status.Error.Message);
        });

    public Task<DispatchMetering> SendAsync(Guid companyId, DateTimeOffset sentAt, Guid? documentId = null, int files = 1) =>
        RunAsync(async provider =>
        {
            var id = documentId ?? Guid.NewGuid();
            var dispatch = files == 1
                ? ExternalDispatch.OfDocument(companyId, id, sentAt)
                : ExternalDispatch.OfPackage(companyId, id, Enumerable.Range(0, files).Select(_ => Guid.NewGuid()).ToList(), sentAt);
            var metered = await provider.GetRequiredService<RecordDispatch>().RunAsync(dispatch, CancellationToken.None);
            return metered.IsSuccess ? metered.Value : throw new InvalidOperationException(metered.Error.Message);
        });

    public Task<MonthlyInvoiceRun> RunMonthlyInvoicesAsync() =>
        RunAsync(provider =>
        {
            var issue = provider.GetRequiredService<IssueMonthlyInvoices>();
            return issue.RunAsync(issue.LastEndedPeriod(), CancellationToken.None);
        });

    public Task<IReadOnlyList<Invoice>> ListInvoicesAsync(Guid companyId) =>
        RunAsync(provider => provider.GetRequiredService<IInvoiceStore>().ListAsync(companyId, CancellationToken.None));

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
