using Idocs.Billing;
using Idocs.Billing.Invoices;
using Idocs.Billing.Money;
using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using Idocs.Billing.Subscriptions;
using Idocs.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;
using static Idocs.Storage.Tests.Billing.BillingStorageHarness;

namespace Idocs.Storage.Tests.Billing;

/// <summary>
/// The billing acceptance cases on the EF stores with a fixed clock. Most companies register on
/// 1 October (Almaty) and connect Standard on the 20th, after their 14-day trial.
/// </summary>
public abstract class BillingAcceptanceTests(StorageDatabaseFixture database)
{
    private static readonly DateTimeOffset Registered = Local(2026, 10, 1, 9);
    private static readonly BillingPeriod November = new(2026, 11);

    [Fact]
    public async Task MonthlyInvoice_SevenDocumentsAndPackage_BillsTenUnitsAtNovemberTariff()
    {
        database.SkipIfUnavailable();
        await using var billing = Create(database, Registered);
        await billing.EnsurePriceListAsync();
        var companyId = await OpenOnStandardAsync(billing);
        for (var day = 2; day <= 8; day++)
        {
            await billing.SendAsync(companyId, Local(2026, 11, day, 12));
        }

        await billing.SendAsync(companyId, Local(2026, 11, 20, 12), files: 3);
        billing.SetNow(Local(2026, 12, 1, 1));
        await billing.RunMonthlyInvoicesAsync();

        var invoice = Assert.Single(await billing.ListInvoicesAsync(companyId));
        Assert.Equal(November, invoice.Period);
        var documents = Assert.Single(invoice.Lines, line => line.Kind == InvoiceLineKind.ExternalDocuments);
        Assert.Equal(10, documents.Quantity);
        Assert.Equal(10, documents.Units.Count);
        Assert.Equal(Tenge.Of(50m), documents.UnitPrice);
        Assert.Equal(Tenge.Of(500m), documents.Amount);
        var fee = Assert.Single(invoice.Lines, line => line.Kind == InvoiceLineKind.PlanFee);
        Assert.Equal(Tenge.Of(10_000m), fee.Amount);
        Assert.Equal(Tenge.Of(10_500m), invoice.Total);
    }

    [Fact]
    public async Task MonthlyInvoice_TariffChangedOnFifteenth_SplitsLinesByVersion()
    {
        database.SkipIfUnavailable();
        await using var billing = Create(database, Registered);
        await billing.EnsurePriceListAsync();

        // The change is in 2027 so that the other tests' November 2026 keeps one price list version.
        var companyId = await OpenOnStandardAsync(billing, 2027);
        billing.SetNow(Local(2027, 11, 10));
        await PublishNovemberChangeAsync(billing);
        for (var day = 11; day <= 14; day++)
        {
            await billing.SendAsync(companyId, Local(2027, 11, day, 12));
        }

        for (var day = 15; day <= 20; day++)
        {
            await billing.SendAsync(companyId, Local(2027, 11, day, 12));
        }

        billing.SetNow(Local(2027, 12, 1, 1));
        await billing.RunMonthlyInvoicesAsync();

        var invoice = Assert.Single(await billing.ListInvoicesAsync(companyId));
        var documents = invoice.Lines.Where(line => line.Kind == InvoiceLineKind.ExternalDocuments).OrderBy(line => line.ServiceFrom).ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal((4, Tenge.Of(50m), Tenge.Of(200m)), (documents[0].Quantity, documents[0].UnitPrice, documents[0].Amount));
        Assert.Equal((6, Tenge.Of(60m), Tenge.Of(360m)), (documents[1].Quantity, documents[1].UnitPrice, documents[1].Amount));
        var fees = invoice.Lines.Where(line => line.Kind == InvoiceLineKind.PlanFee).OrderBy(line => line.ServiceFrom).ToList();
        Assert.Equal(2, fees.Count);
        Assert.Equal((14, Tenge.Of(4_666.67m)), (fees[0].Quantity, fees[0].Amount));
        Assert.Equal((16, Tenge.Of(6_400m)), (fees[1].Quantity, fees[1].Amount));
        Assert.Equal(Tenge.Of(4_666.67m + 6_400m + 200m + 360m), invoice.Total);
    }

    [Fact]
    public async Task RecordDispatch_Retried_BilledOnce()
    {
        database.SkipIfUnavailable();
        await using var billing = Create(database, Registered);
        await billing.EnsurePriceListAsync();
        var companyId = await OpenOnStandardAsync(billing);
        var packageId = Guid.NewGuid();
        var fileIds = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        var sentAt = Local(2026, 11, 5, 10);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => billing.RunAsync(provider =>
            provider.GetRequiredService<Idocs.Billing.Metering.RecordDispatch>().RunAsync(
                Idocs.Billing.Metering.ExternalDispatch.OfPackage(companyId, packageId, fileIds, sentAt), CancellationToken.None))));
        billing.SetNow(Local(2026, 12, 1, 1));
        await billing.RunMonthlyInvoicesAsync();

        Assert.All(attempts, attempt => Assert.True(attempt.IsSuccess));
        Assert.Equal(3, attempts.Sum(attempt => attempt.Value!.UnitsRecorded));
        Assert.Equal(9, attempts.Sum(attempt => attempt.Value!.UnitsAlreadyRecorded));
        var invoice = Assert.Single(await billing.ListInvoicesAsync(companyId));
        Assert.Equal(3, invoice.Lines.Single(line => line.Kind == InvoiceLineKind.ExternalDocuments).Quantity);
    }

    [Fact]
    public async Task ChangePlan_RequestedTenthNovember_ScheduledUntilFirstDecember()
    {
        database.SkipIfUnavailable();
        await using var billing = Create(database, Registered);
        await billing.EnsurePriceListAsync();
        var companyId = await OpenOnStandardAsync(billing);
        billing.SetNow(Local(2026, 11, 10, 15));

        var requested = await billing.RunAsync(provider => provider.GetRequiredService<ManageSubscription>()
            .ChangeAsync(Director, companyId, PlanCode.Pro, null, CancellationToken.None));
        billing.SetNow(Local(2026, 11, 30, 23, 59));
        var lastNovemberMinute = await StatusAsync(billing, companyId);
        billing.SetNow(Local(2026, 12, 1));
        var firstDecember = await StatusAsync(billing, companyId);

        Assert.True(requested.IsSuccess);
        Assert.Equal(PlanCode.Standard, requested.Value.CurrentPlan);
        Assert.Equal(PlanCode.Pro, requested.Value.Scheduled?.Plan);
        Assert.Equal(Local(2026, 12, 1), requested.Value.Scheduled?.EffectiveAt);
        Assert.Equal(PlanCode.Standard, lastNovemberMinute.CurrentPlan);
        Assert.NotNull(lastNovemberMinute.Scheduled);
        Assert.Equal(PlanCode.Pro, firstDecember.CurrentPlan);
        Assert.Null(firstDecember.Scheduled);
    }

    [Fact]
    public async Task DisablePlan_RequestedTenthNovember_SendingBlockedFromFirstDecember()
    {
        database.SkipIfUnavailable();
        await using var billing = Create(database, Registered);
        await billing.EnsurePriceListAsync();
        var companyId = await OpenOnStandardAsync(billing);
        billing.SetNow(Local(2026, 11, 10, 15));

        var requested = await billing.RunAsync(provider => provider.GetRequiredService<ManageSubscription>()
            .DisableAsync(Director, companyId, CancellationToken.None));
        billing.SetNow(Local(2026, 11, 30, 23, 30));
        var sendNovember = await CheckAsync(billing, companyId, DocumentOperation.SendExternal);
        billing.SetNow(Local(2026, 12, 1, 0, 1));
        var status = await StatusAsync(billing, companyId);
        var sendDecember = await CheckAsync(billing, companyId, DocumentOperation.SendExternal);
        var receiveDecember = await CheckAsync(billing, companyId, DocumentOperation.Receive);

        Assert.True(requested.IsSuccess);
        Assert.Equal(PlanCode.Standard, requested.Value.CurrentPlan);
        Assert.True(requested.Value.Scheduled?.DisablesPlan);
        Assert.Equal(Local(2026, 12, 1), requested.Value.Scheduled?.EffectiveAt);
        Assert.True(sendNovember.IsSuccess);
        Assert.Null(status.CurrentPlan);
        Assert.Equal(BillingErrorCodes.NoPlanInForce, sendDecember.Error!.Code);
        Assert.True(receiveDecember.IsSuccess);
    }

    [Fact]
    public async Task TrialEnded_WithoutPlan_BlocksSendingButNotReceiving()
    {
        database.SkipIfUnavailable();
        await using var billing = Create(database, Local(2026, 11, 1, 10));
        await billing.EnsurePriceListAsync();
        var companyId = await billing.OpenCompanyAsync();

        billing.SetNow(Local(2026, 11, 15, 9, 59));
        var sendInTrial = await CheckAsync(billing, companyId, DocumentOperation.SendExternal);
        billing.SetNow(Local(2026, 11, 15, 10, 0));
        var sendAfterTrial = await CheckAsync(billing, companyId, DocumentOperation.SendExternal);
        var others = new List<Idocs.Common.Results.Result>();
        foreach (var operation in new[] { DocumentOperation.Receive, DocumentOperation.View, DocumentOperation.Download })
        {
            others.Add(await CheckAsync(billing, companyId, operation));
        }

        Assert.True(sendInTrial.IsSuccess);
        Assert.False(sendAfterTrial.IsSuccess);
        Assert.Equal(BillingErrorCodes.TrialEndedWithoutPlan, sendAfterTrial.Error.Code);
        Assert.Contains("Billing / Subscriptions", sendAfterTrial.Error.Message, StringComparison.Ordinal);
        Assert.All(others, result => Assert.True(result.IsSuccess));
    }

    [Fact]
    public async Task RecordDispatch_LastEveningOfNovember_BilledInNovember()
    {
        database.SkipIfUnavailable();
        await using var billing = Create(database, Registered);
        await billing.EnsurePriceListAsync();
        var companyId = await OpenOnStandardAsync(billing);

        // 23:30 in Almaty (UTC+5 since March 2024) is 18:30 UTC; at the old UTC+6 it would be 1 December.
        var lastEvening = await billing.SendAsync(companyId, new DateTimeOffset(2026, 11, 30, 18, 30, 0, TimeSpan.Zero));
        var firstNight = await billing.SendAsync(companyId, new DateTimeOffset(2026, 11, 30, 19, 0, 0, TimeSpan.Zero));

        Assert.Equal(November, lastEvening.Period);
        Assert.Equal(new BillingPeriod(2026, 12), firstNight.Period);
    }

    [Fact]
    public void AlmatyTimeZone_MachineTzdata_MovesToUtcPlusFiveOnFirstMarch2024()
    {
        var beforeChange = Almaty.GetUtcOffset(new DateTimeOffset(2024, 2, 29, 17, 59, 0, TimeSpan.Zero));
        var afterChange = Almaty.GetUtcOffset(new DateTimeOffset(2024, 2, 29, 18, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromHours(6), beforeChange);
        Assert.Equal(TimeSpan.FromHours(5), afterChange);
    }

    [Fact]
    public async Task RecordDispatch_AcrossOffsetChange_BilledByLocalDate()
    {
        database.SkipIfUnavailable();
        await using var billing = Create(database, new DateTimeOffset(2024, 1, 5, 4, 0, 0, TimeSpan.Zero));
        await billing.EnsurePriceListAsync();
        var companyId = await billing.OpenCompanyAsync();
        await billing.ConnectAsync(companyId, PlanCode.Standard);

        // On 29 February 2024 the clocks went from 23:59:59 +06 back to 23:00 +05, so 23:30 local
        // happened twice: at 17:30 and at 18:30 UTC. Both are February; 19:30 UTC is 00:30 on 1 March.
        var firstHalfPastEleven = await billing.SendAsync(companyId, new DateTimeOffset(2024, 2, 29, 17, 30, 0, TimeSpan.Zero));
        var secondHalfPastEleven = await billing.SendAsync(companyId, new DateTimeOffset(2024, 2, 29, 18, 30, 0, TimeSpan.Zero));
        var firstOfMarch = await billing.SendAsync(companyId, new DateTimeOffset(2024, 2, 29, 19, 30, 0, TimeSpan.Zero));
        billing.SetNow(new DateTimeOffset(2024, 2, 29, 19, 0, 0, TimeSpan.Zero));
        var februaryRun = await billing.RunMonthlyInvoicesAsync();

        Assert.Equal(new BillingPeriod(2024, 2), firstHalfPastEleven.Period);
        Assert.Equal(new BillingPeriod(2024, 2), secondHalfPastEleven.Period);
        Assert.Equal(new BillingPeriod(2024, 3), firstOfMarch.Period);
        Assert.Equal(new BillingPeriod(2024, 2), februaryRun.Period);
        var invoice = Assert.Single(await billing.ListInvoicesAsync(companyId));
        Assert.Equal(2, invoice.Lines.Single(line => line.Kind == InvoiceLineKind.ExternalDocuments).Quantity);
        Assert.Equal(new DateOnly(2024, 2, 29), invoice.Lines.Single(line => line.Kind == InvoiceLineKind.ExternalDocuments).ServiceTo);
    }

    /// <summary>Publishes the 15 November 2027 version (60 KZT a document, 12 000 a month) once per database.</summary>
    private static async Task PublishNovemberChangeAsync(BillingStorageHarness billing)
    {
        var existing = await billing.RunAsync(provider =>
            provider.GetRequiredService<Idocs.Billing.PriceLists.IPriceListStore>().ListAsync(CancellationToken.None));
        if (!existing.Any(version => version.EffectiveFrom == new DateOnly(2027, 11, 15)))
        {
            await billing.PublishAsync(new DateOnly(2027, 11, 15), standardFee: 12_000m, standardDocumentPrice: 60m);
        }
    }

    /// <summary>
    /// Opens a company on 1 October of <paramref name="year"/> and connects Standard on 20 October,
    /// after its trial. The clock stays at 20 October.
    /// </summary>
    private static async Task<Guid> OpenOnStandardAsync(BillingStorageHarness billing, int year = 2026)
    {
        billing.SetNow(Local(year, 10, 1, 9));
        var companyId = await billing.OpenCompanyAsync();
        billing.SetNow(Local(year, 10, 20));
        await billing.ConnectAsync(companyId, PlanCode.Standard);
        return companyId;
    }

    private static Task<SubscriptionStatus> StatusAsync(BillingStorageHarness billing, Guid companyId) =>
        billing.RunAsync(async provider =>
        {
            var status = await provider.GetRequiredService<ManageSubscription>().GetStatusAsync(companyId, CancellationToken.None);
            return status.IsSuccess ? status.Value : throw new InvalidOperationException(status.Error.Message);
        });

    private static Task<Idocs.Common.Results.Result> CheckAsync(BillingStorageHarness billing, Guid companyId, DocumentOperation operation) =>
        billing.RunAsync(provider => provider.GetRequiredService<CheckDocumentAccess>().CheckAsync(companyId, operation, CancellationToken.None));
}
