using Idocs.Billing.Invoices;
using Idocs.Billing.Metering;
using Idocs.Billing.Money;
using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.Invoices;

public class IssueInvoiceTests
{
    private static readonly BillingPeriod November = new(2026, 11);
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RunAsync_SevenDocumentsAndThreeFilePackage_BillsTenUnits()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        // December's tariff is published in advance, so the invoice must pick November's.
        await harness.PriceLists.TryAddAsync(TestPriceLists.Version(2, new DateOnly(2026, 12, 1), standardDocumentPrice: 70m), None);
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        var documentIds = new List<Guid>();
        for (var day = 1; day <= 7; day++)
        {
            documentIds.Add(await harness.SendDocumentAsync(companyId, AlmatyTime(2026, 11, day * 4, 10)));
        }

        var fileIds = await harness.SendPackageAsync(companyId, 3, AlmatyTime(2026, 11, 20, 15));
        harness.AdvanceTo(AlmatyTime(2026, 12, 1, 0, 5));

        var issued = await harness.IssueInvoice.RunAsync(companyId, November, None);

        Assert.True(issued.IsSuccess, issued.Error?.ToString());
        Assert.Equal(IssueInvoiceStatus.Issued, issued.Value.Status);
        var invoice = issued.Value.Invoice!;
        var documents = Assert.Single(invoice.Lines, line => line.Kind == InvoiceLineKind.ExternalDocuments);
        Assert.Equal(10, documents.Quantity);
        Assert.Equal(Tenge.Of(50m), documents.UnitPrice);
        Assert.Equal(Tenge.Of(500m), documents.Amount);
        Assert.Equal(1, documents.PriceListVersion);
        Assert.Equal(
            documentIds.Concat(fileIds).Order(),
            documents.Units.Select(unit => unit.FileId).Order());
        var fee = Assert.Single(invoice.Lines, line => line.Kind == InvoiceLineKind.PlanFee);
        Assert.Equal(PlanCode.Standard, fee.Plan);
        Assert.Equal(Tenge.Of(10_000m), fee.Amount);
        Assert.Equal(Tenge.Of(10_500m), invoice.Total);
    }

    [Fact]
    public async Task RunAsync_TariffChangeOnFifteenth_SplitsByVersion()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        harness.AdvanceTo(AlmatyTime(2026, 11, 10, 12));
        var published = await harness.PublishPriceList.RunAsync(
            harness.Staff,
            TestPriceLists.Draft(new DateOnly(2026, 11, 15), standardFee: 12_000m, standardDocumentPrice: 60m),
            None);
        Assert.True(published.IsSuccess, published.Error?.ToString());
        var before = new[]
        {
            await harness.SendDocumentAsync(companyId, AlmatyTime(2026, 11, 3, 9)),
            await harness.SendDocumentAsync(companyId, AlmatyTime(2026, 11, 10, 9)),
            await harness.SendDocumentAsync(companyId, AlmatyTime(2026, 11, 14, 23, 59)),
        };
        var from = new[]
        {
            await harness.SendDocumentAsync(companyId, AlmatyTime(2026, 11, 15, 0, 0)),
            await harness.SendDocumentAsync(companyId, AlmatyTime(2026, 11, 20, 9)),
        };
        harness.AdvanceTo(AlmatyTime(2026, 12, 1, 1));

        var issued = await harness.IssueInvoice.RunAsync(companyId, November, None);

        Assert.True(issued.IsSuccess, issued.Error?.ToString());
        var lines = issued.Value.Invoice!.Lines;
        var oldTariff = Assert.Single(lines, line => line.Kind == InvoiceLineKind.ExternalDocuments && line.PriceListVersion == 1);
        Assert.Equal(3, oldTariff.Quantity);
        Assert.Equal(Tenge.Of(150m), oldTariff.Amount);
        Assert.Equal(before.Order(), oldTariff.Units.Select(unit => unit.DocumentId).Order());
        var newTariff = Assert.Single(lines, line => line.Kind == InvoiceLineKind.ExternalDocuments && line.PriceListVersion == 2);
        Assert.Equal(2, newTariff.Quantity);
        Assert.Equal(Tenge.Of(120m), newTariff.Amount);
        Assert.Equal(from.Order(), newTariff.Units.Select(unit => unit.DocumentId).Order());
        var oldFee = Assert.Single(lines, line => line.Kind == InvoiceLineKind.PlanFee && line.PriceListVersion == 1);
        Assert.Equal(14, oldFee.Quantity);
        Assert.Equal(new DateOnly(2026, 11, 14), oldFee.ServiceTo);
        Assert.Equal(Tenge.Of(4_666.67m), oldFee.Amount);
        var newFee = Assert.Single(lines, line => line.Kind == InvoiceLineKind.PlanFee && line.PriceListVersion == 2);
        Assert.Equal(16, newFee.Quantity);
        Assert.Equal(new DateOnly(2026, 11, 15), newFee.ServiceFrom);
        Assert.Equal(Tenge.Of(6_400m), newFee.Amount);
        Assert.Equal(Tenge.Of(11_336.67m), issued.Value.Invoice.Total);
    }

    [Fact]
    public async Task RunAsync_RetriedDispatch_BillsDocumentOnce()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        var documentId = Guid.NewGuid();
        var dispatch = ExternalDispatch.OfDocument(companyId, documentId, AlmatyTime(2026, 11, 5, 10));
        await harness.RecordDispatch.RunAsync(dispatch, None);
        await harness.RecordDispatch.RunAsync(dispatch with { SentAt = AlmatyTime(2026, 11, 5, 10, 7) }, None);
        await harness.RecordDispatch.RunAsync(dispatch with { SentAt = AlmatyTime(2026, 11, 6, 8) }, None);
        harness.AdvanceTo(AlmatyTime(2026, 12, 1, 1));

        var issued = await harness.IssueInvoice.RunAsync(companyId, November, None);

        Assert.True(issued.IsSuccess, issued.Error?.ToString());
        var documents = Assert.Single(issued.Value.Invoice!.Lines, line => line.Kind == InvoiceLineKind.ExternalDocuments);
        Assert.Equal(1, documents.Quantity);
        Assert.Equal(documentId, Assert.Single(documents.Units).DocumentId);
    }

    [Fact]
    public async Task RunAsync_SentAt2330OnNovember30_BilledInNovember()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        var lateEvening = AlmatyTime(2026, 11, 30, 23, 30);
        var documentId = await harness.SendDocumentAsync(companyId, lateEvening);
        harness.AdvanceTo(AlmatyTime(2027, 1, 1, 1));

        var november = await harness.IssueInvoice.RunAsync(companyId, November, None);
        var december = await harness.IssueInvoice.RunAsync(companyId, November.Next(), None);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 18, 30, 0, TimeSpan.Zero), lateEvening);
        var novemberDocuments = Assert.Single(november.Value!.Invoice!.Lines, line => line.Kind == InvoiceLineKind.ExternalDocuments);
        Assert.Equal(documentId, Assert.Single(novemberDocuments.Units).DocumentId);
        Assert.DoesNotContain(december.Value!.Invoice!.Lines, line => line.Kind == InvoiceLineKind.ExternalDocuments);
    }

    [Fact]
    public async Task RunAsync_AroundOffsetChange2024_BilledByLocalDate()
    {
        var harness = new BillingHarness(AlmatyTime(2023, 12, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2023, 12, 1), PlanCode.Standard);
        // 29 February 2024, 23:30 happened twice in Almaty: at UTC+6, then again after clocks went back to UTC+5.
        var firstOccurrence = await harness.SendDocumentAsync(companyId, new DateTimeOffset(2024, 2, 29, 23, 30, 0, TimeSpan.FromHours(6)));
        var secondOccurrence = await harness.SendDocumentAsync(companyId, new DateTimeOffset(2024, 2, 29, 23, 30, 0, TimeSpan.FromHours(5)));
        var marchMidnight = await harness.SendDocumentAsync(companyId, new DateTimeOffset(2024, 2, 29, 19, 0, 0, TimeSpan.Zero));
        harness.AdvanceTo(AlmatyTime(2024, 4, 1, 1));

        var february = await harness.IssueInvoice.RunAsync(companyId, new BillingPeriod(2024, 2), None);
        var march = await harness.IssueInvoice.RunAsync(companyId, new BillingPeriod(2024, 3), None);

        var februaryDocuments = Assert.Single(february.Value!.Invoice!.Lines, line => line.Kind == InvoiceLineKind.ExternalDocuments);
        Assert.Equal(
            new[] { firstOccurrence, secondOccurrence }.Order(),
            februaryDocuments.Units.Select(unit => unit.DocumentId).Order());
        var marchDocuments = Assert.Single(march.Value!.Invoice!.Lines, line => line.Kind == InvoiceLineKind.ExternalDocuments);
        Assert.Equal(marchMidnight, Assert.Single(marchDocuments.Units).DocumentId);
    }

    [Fact]
    public async Task RunAsync_UnitRecordedAfterInvoice_BilledNextMonthAtOwnPrice()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        await harness.PriceLists.TryAddAsync(TestPriceLists.Version(2, new DateOnly(2026, 12, 1), standardDocumentPrice: 70m), None);
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        harness.AdvanceTo(AlmatyTime(2026, 12, 1, 1));
        await harness.IssueInvoice.RunAsync(companyId, November, None);
        var lateDocument = await harness.SendDocumentAsync(companyId, AlmatyTime(2026, 11, 30, 23, 50));
        harness.AdvanceTo(AlmatyTime(2027, 1, 1, 1));

        var december = await harness.IssueInvoice.RunAsync(companyId, November.Next(), None);

        var documents = Assert.Single(december.Value!.Invoice!.Lines, line => line.Kind == InvoiceLineKind.ExternalDocuments);
        Assert.Equal(lateDocument, Assert.Single(documents.Units).DocumentId);
        Assert.Equal(Tenge.Of(50m), documents.UnitPrice);
        Assert.Equal(new DateOnly(2026, 11, 30), documents.ServiceFrom);
    }

    [Fact]
    public async Task RunAsync_BeforePeriodEndsLocally_ReturnsPeriodNotEnded()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        harness.AdvanceTo(AlmatyTime(2026, 11, 30, 23, 59));

        var issued = await harness.IssueInvoice.RunAsync(companyId, November, None);

        Assert.Equal(BillingErrorCodes.PeriodNotEnded, issued.Error?.Code);
        Assert.Empty(harness.Invoices.All());
    }

    [Fact]
    public async Task RunAsync_CalledTwice_IssuesOneInvoice()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        harness.AdvanceTo(AlmatyTime(2026, 12, 1, 1));

        var first = await harness.IssueInvoice.RunAsync(companyId, November, None);
        var second = await harness.IssueInvoice.RunAsync(companyId, November, None);

        Assert.Equal(IssueInvoiceStatus.Issued, first.Value!.Status);
        Assert.Equal(IssueInvoiceStatus.AlreadyIssued, second.Value!.Status);
        Assert.Equal(first.Value.Invoice!.Id, second.Value.Invoice!.Id);
        Assert.Single(harness.Invoices.All());
    }

    [Fact]
    public async Task RunAsync_TwoIssuersRace_KeepOneInvoice()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        harness.AdvanceTo(AlmatyTime(2026, 12, 1, 1));
        using var barrier = new Barrier(2);
        harness.Invoices.InsertBarrier = barrier;

        var outcomes = await Task.WhenAll(
            Task.Run(() => harness.IssueInvoice.RunAsync(companyId, November, None)),
            Task.Run(() => harness.IssueInvoice.RunAsync(companyId, November, None)));

        Assert.Single(outcomes, outcome => outcome.Value!.Status == IssueInvoiceStatus.Issued);
        Assert.Single(outcomes, outcome => outcome.Value!.Status == IssueInvoiceStatus.AlreadyIssued);
        Assert.Equal(outcomes[0].Value!.Invoice!.Id, outcomes[1].Value!.Invoice!.Id);
        Assert.Single(harness.Invoices.All());
    }

    [Fact]
    public async Task RunAsync_TrialOnlyCompany_ReturnsNothingToBill()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 10));
        var companyId = await harness.RegisterCompanyAsync();
        await harness.SendDocumentAsync(companyId, AlmatyTime(2026, 11, 12, 10));
        harness.AdvanceTo(AlmatyTime(2026, 12, 1, 1));

        var issued = await harness.IssueInvoice.RunAsync(companyId, November, None);

        Assert.Equal(IssueInvoiceStatus.NothingToBill, issued.Value!.Status);
        Assert.Empty(harness.Invoices.All());
    }

    [Fact]
    public async Task RunAsync_PlanAfterTrial_ProratesFee()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1, 10));
        var companyId = await harness.RegisterCompanyAsync();
        await harness.ManageSubscription.ConnectAsync(harness.Director, companyId, PlanCode.Pro, null, None);
        var duringTrial = await harness.SendDocumentAsync(companyId, AlmatyTime(2026, 11, 10, 10));
        var afterTrial = await harness.SendDocumentAsync(companyId, AlmatyTime(2026, 11, 20, 10));
        harness.AdvanceTo(AlmatyTime(2026, 12, 1, 1));

        var issued = await harness.IssueInvoice.RunAsync(companyId, November, None);

        var lines = issued.Value!.Invoice!.Lines;
        var free = Assert.Single(lines, line => line.Kind == InvoiceLineKind.ExternalDocuments && line.Plan is null);
        Assert.Equal(Tenge.Zero, free.Amount);
        Assert.Equal(duringTrial, Assert.Single(free.Units).DocumentId);
        var paid = Assert.Single(lines, line => line.Kind == InvoiceLineKind.ExternalDocuments && line.Plan == PlanCode.Pro);
        Assert.Equal(afterTrial, Assert.Single(paid.Units).DocumentId);
        Assert.Equal(Tenge.Of(40m), paid.Amount);
        var fee = Assert.Single(lines, line => line.Kind == InvoiceLineKind.PlanFee);
        Assert.Equal(new DateOnly(2026, 11, 15), fee.ServiceFrom);
        Assert.Equal(16, fee.Quantity);
        Assert.Equal(Tenge.Of(13_333.33m), fee.Amount);
    }

    [Fact]
    public async Task RunAsync_StoragePackageInForce_AddsStorageLine()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard, TestPriceLists.Storage10Gb);
        harness.AdvanceTo(AlmatyTime(2026, 12, 1, 1));

        var issued = await harness.IssueInvoice.RunAsync(companyId, November, None);

        var storage = Assert.Single(issued.Value!.Invoice!.Lines, line => line.Kind == InvoiceLineKind.StoragePackage);
        Assert.Equal(TestPriceLists.Storage10Gb, storage.StoragePackageCode);
        Assert.Equal(Tenge.Of(3_000m), storage.Amount);
        Assert.Equal(Tenge.Of(13_000m), issued.Value.Invoice.Total);
    }

    [Fact]
    public async Task RunAsync_NoPriceListForPeriod_ReturnsNoPriceListInForce()
    {
        var harness = new BillingHarness(AlmatyTime(2019, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();
        harness.AdvanceTo(AlmatyTime(2019, 11, 20));
        await harness.ManageSubscription.ConnectAsync(harness.Director, companyId, PlanCode.Standard, null, None);
        harness.AdvanceTo(AlmatyTime(2019, 12, 1, 1));

        var issued = await harness.IssueInvoice.RunAsync(companyId, new BillingPeriod(2019, 11), None);

        Assert.Equal(BillingErrorCodes.NoPriceListInForce, issued.Error?.Code);
    }
}
