using System.Text.Json;
using System.Text.Json.Serialization;
using Idocs.Billing.Subscriptions;
using Idocs.Documents.Profiles;
using Idocs.Storage.Accounts;
using Idocs.Storage.Billing;
using Idocs.Storage.Outbox;
using Idocs.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Idocs.Storage.Tests.Billing.BillingStorageHarness;

namespace Idocs.Storage.Tests.Billing;

/// <summary>Tests that a registration queued by the accounts area opens the profile's billing account.</summary>
public sealed class ProfileRegisteredBillingHandlerTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>
{
    private static readonly JsonSerializerOptions EventOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    [Fact]
    public async Task HandleAsync_DeliveredTwice_OneTrialAccount()
    {
        database.SkipIfUnavailable();
        await using var billing = Create(database, Local(2026, 11, 1, 10));
        var profileId = Guid.NewGuid();
        var message = Registration(profileId, Local(2026, 11, 1, 10));

        var first = await billing.RunAsync(provider => Handler(provider).HandleAsync(message, CancellationToken.None));
        var second = await billing.RunAsync(provider => Handler(provider).HandleAsync(message, CancellationToken.None));

        Assert.True(first.IsSuccess, first.Error?.ToString());
        Assert.True(second.IsSuccess, second.Error?.ToString());
        var account = await billing.RunAsync(provider =>
            provider.GetRequiredService<IBillingAccountStore>().FindAsync(profileId, CancellationToken.None));
        Assert.NotNull(account);
        Assert.True(account.TrialEndsAt > Local(2026, 11, 1, 10));
    }

    private static ProfileRegisteredBillingHandler Handler(IServiceProvider provider) =>
        new(provider.GetRequiredService<OpenBillingAccount>(), NullLogger<ProfileRegisteredBillingHandler>.Instance);

    private static OutboxMessage Registration(Guid profileId, DateTimeOffset now)
    {
        var registered = new ProfileRegistered(Guid.NewGuid(), now, profileId, ProfileKind.Company, "123456789012", "ТОО «Тест»", "director@example.kz");
        var payload = JsonSerializer.Serialize(registered, EventOptions);
        return new OutboxMessage(Guid.NewGuid(), EntityFrameworkAccountEventOutbox.MessageType(typeof(ProfileRegistered)), payload, now);
    }
}
