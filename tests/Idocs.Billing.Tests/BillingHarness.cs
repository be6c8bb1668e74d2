using Idocs.Billing.Actors;
using Idocs.Billing.Contacts;
using Idocs.Billing.CustomPlans;
using Idocs.Billing.Invoices;
using Idocs.Billing.Limits;
using Idocs.Billing.Metering;
using Idocs.Billing.Plans;
using Idocs.Billing.PriceLists;
using Idocs.Billing.StorageQuota;
using Idocs.Billing.Subscriptions;
using Idocs.Billing.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Idocs.Billing.Tests;

/// <summary>
/// The billing services wired to in-memory stores and a fixed clock. The clock only moves forward,
/// so a test advances it through its scenario. Local times are in Asia/Almaty unless a test passes another time zone.
/// </summary>
public sealed class BillingHarness
{
    public static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    public BillingHarness(DateTimeOffset start, Action<BillingOptions>? configure = null)
    {
        Clock = new FakeTimeProvider(start);
        var options = new BillingOptions();
        configure?.Invoke(options);
        Options = Microsoft.Extensions.Options.Options.Create(options);
        PriceLists.TryAddAsync(TestPriceLists.Version(1, new DateOnly(2020, 1, 1)), CancellationToken.None).GetAwaiter().GetResult();
    }

    public FakeTimeProvider Clock { get; }

    public IOptions<BillingOptions> Options { get; }

    public InMemoryBillingAccountStore Accounts { get; } = new();

    public InMemoryPriceListStore PriceLists { get; } = new();

    public InMemoryMeteredUnitStore Units { get; } = new();

    public InMemoryInvoiceStore Invoices { get; } = new();

    public InMemoryCustomPlanRequestStore Requests { get; } = new();

    public FixedStorageUsageReader StorageUsage { get; } = new();

    public BillingActor Director { get; } = new(Guid.NewGuid(), ActorRole.Director);

    public BillingActor Employee { get; } = new(Guid.NewGuid(), ActorRole.Employee);

    public BillingActor Staff { get; } = new(Guid.NewGuid(), ActorRole.PlatformStaff);

    public OpenBillingAccount OpenBillingAccount => new(Accounts, Clock, Options, NullLogger<OpenBillingAccount>.Instance);

    public ManageSubscription ManageSubscription => new(Accounts, PriceLists, Clock, NullLogger<ManageSubscription>.Instance);

    public CheckDocumentAccess CheckDocumentAccess => new(Accounts, Clock);

    public PublishPriceList PublishPriceList => new(PriceLists, Clock, Options, NullLogger<PublishPriceList>.Instance);

    public ManageCustomPlanRequests ManageCustomPlanRequests =>
        new(Requests, Accounts, Clock, NullLogger<ManageCustomPlanRequests>.Instance);

    public RecordDispatch RecordDispatch => new(Accounts, Units, Invoices, Clock, NullLogger<RecordDispatch>.Instance);

    public CheckStorageUsage CheckStorageUsage => new(Accounts, PriceLists, StorageUsage, Clock, Options);

    public CheckPlanLimits CheckPlanLimits => new(Accounts, PriceLists, Clock, Options);

    public IssueInvoice IssueInvoice => new(Accounts, PriceLists, Units, Invoices, Clock, NullLogger<IssueInvoice>.Instance);

    public IssueMonthlyInvoices IssueMonthlyInvoices =>
        new(Accounts, IssueInvoice, Clock, Options, NullLogger<IssueMonthlyInvoices>.Instance);

    public MarkInvoicePaid MarkInvoicePaid => new(Invoices, Clock, NullLogger<MarkInvoicePaid>.Instance);

    public ListInvoices ListInvoices => new(Invoices);

    public ManageBillingContacts ManageBillingContacts => new(Accounts, Options);

    /// <summary>Returns the instant of a local Almaty wall-clock time that occurs once.</summary>
    public static DateTimeOffset AlmatyTime(int year, int month, int day, int hour = 0, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        if (Almaty.IsAmbiguousTime(local) || Almaty.IsInvalidTime(local))
        {
            throw new ArgumentException($"{local:O} is ambiguous or invalid in Asia/Almaty; give the offset explicitly.");
        }

        return new DateTimeOffset(local, Almaty.GetUtcOffset(local)).ToUniversalTime();
    }

    public void AdvanceTo(DateTimeOffset instant) => Clock.SetUtcNow(instant);

    /// <summary>Registers a company now, starting its trial.</summary>
    public async Task<Guid> RegisterCompanyAsync(string? timeZoneId = null)
    {
        var companyId = Guid.NewGuid();
        var opened = await OpenBillingAccount.RunAsync(companyId, timeZoneId, CancellationToken.None);
        Assert.True(opened.IsSuccess, opened.Error?.ToString());
        return companyId;
    }

    /// <summary>Registers a company at <paramref name="registeredAt"/> and connects a plan once its trial has ended.</summary>
    public async Task<Guid> RegisterCompanyOnPlanAsync(DateTimeOffset registeredAt, PlanCode plan, string? storagePackageCode = null)
    {
        AdvanceTo(registeredAt);
        var companyId = await RegisterCompanyAsync();
        AdvanceTo(registeredAt + Options.Value.TrialLength + TimeSpan.FromHours(1));
        var connected = await ManageSubscription.ConnectAsync(Director, companyId, plan, storagePackageCode, CancellationToken.None);
        Assert.True(connected.IsSuccess, connected.Error?.ToString());
        return companyId;
    }

    public async Task<Guid> SendDocumentAsync(Guid companyId, DateTimeOffset sentAt)
    {
        var documentId = Guid.NewGuid();
        var recorded = await RecordDispatch.RunAsync(ExternalDispatch.OfDocument(companyId, documentId, sentAt), CancellationToken.None);
        Assert.True(recorded.IsSuccess, recorded.Error?.ToString());
        return documentId;
    }

    public async Task<IReadOnlyList<Guid>> SendPackageAsync(Guid companyId, int files, DateTimeOffset sentAt)
    {
        var fileIds = Enumerable.Range(0, files).Select(_ => Guid.NewGuid()).ToList();
        var recorded = await RecordDispatch.RunAsync(
            ExternalDispatch.OfPackage(companyId, Guid.NewGuid(), fileIds, sentAt), CancellationToken.None);
        Assert.True(recorded.IsSuccess, recorded.Error?.ToString());
        return fileIds;
    }
}
