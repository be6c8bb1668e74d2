using System.Text.Json;
using Idocs.Billing.Metering;
using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using Idocs.Documents.Billing;
using Idocs.Storage.Billing;
using Idocs.Storage.Documents;
using Idocs.Storage.Outbox;
using Idocs.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Idocs.Storage.Tests.Billing.BillingStorageHarness;

namespace Idocs.Storage.Tests.Billing;

/// <summary>Tests of the document flow's sending port over billing's stores on PostgreSQL.</summary>
public sealed class BillingSendingPortTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>
{
    private static readonly JsonSerializerOptions PayloadOptions = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task MeterAsync_DeliveredTwice_OneUnit()
    {
        database.SkipIfUnavailable();
        await using var billing = Create(database, Local(2026, 10, 1, 9));
        await billing.EnsurePriceListAsync();
        var companyId = await billing.OpenCompanyAsync();
        billing.SetNow(Local(2026, 10, 20));
        await billing.ConnectAsync(companyId, PlanCode.Standard);
        var documentId = Guid.NewGuid();
        var message = new OutboxMessage(
            Guid.NewGuid(),
            MeteredDispatch.OutboxType,
            JsonSerializer.Serialize(new MeteredDispatch(companyId, documentId, Local(2026, 11, 5, 10)), PayloadOptions),
            Local(2026, 11, 5, 10));

        var first = await billing.RunAsync(provider => new DispatchMeteringOutboxHandler(Port(provider)).HandleAsync(message, CancellationToken.None));
        var second = await billing.RunAsync(provider => new DispatchMeteringOutboxHandler(Port(provider)).HandleAsync(message, CancellationToken.None));

        Assert.True(first.IsSuccess, first.Error?.ToString());
        Assert.True(second.IsSuccess, second.Error?.ToString());
        var units = await billing.RunAsync(provider =>
            provider.GetRequiredService<IMeteredUnitStore>().ListAsync(companyId, new BillingPeriod(2026, 11), CancellationToken.None));
        var unit = Assert.Single(units);
        Assert.Equal(documentId, unit.DocumentId);
    }

    [Fact]
    public async Task CheckSendingAsync_TrialEnded_Blocked()
    {
        database.SkipIfUnavailable();
        await using var billing = Create(database, Local(2026, 11, 1, 10));
        await billing.EnsurePriceListAsync();
        var companyId = await billing.OpenCompanyAsync();

        var inTrial = await billing.RunAsync(provider => Port(provider).CheckSendingAsync(companyId, CancellationToken.None));
        billing.SetNow(Local(2026, 11, 15, 10));
        var afterTrial = await billing.RunAsync(provider => Port(provider).CheckSendingAsync(companyId, CancellationToken.None));

        Assert.True(inTrial.IsSuccess, inTrial.Error?.ToString());
        Assert.Equal(SendingErrorCodes.SendingBlocked, afterTrial.Error?.Code);
        Assert.Contains("trial ended", afterTrial.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckSendingAsync_NoBillingAccount_Allowed()
    {
        database.SkipIfUnavailable();
        await using var billing = Create(database, Local(2026, 11, 1, 10));

        var checkedSending = await billing.RunAsync(provider => Port(provider).CheckSendingAsync(Guid.NewGuid(), CancellationToken.None));

        Assert.True(checkedSending.IsSuccess, checkedSending.Error?.ToString());
    }

    private static BillingSendingPort Port(IServiceProvider provider) => new(
        provider.GetRequiredService<Idocs.Billing.Subscriptions.CheckDocumentAccess>(),
        provider.GetRequiredService<RecordDispatch>(),
        NullLogger<BillingSendingPort>.Instance);
}
