using Idocs.Testing.Databases;
using MimeKit;
using static Idocs.Storage.Tests.Billing.BillingStorageHarness;

namespace Idocs.Storage.Tests.Billing;

/// <summary>Billing emails written to a pickup folder. A database of its own keeps its trial apart from the SMTP tests.</summary>
public sealed class BillingPickupEmailTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TrialEnded_PickupFolderConfigured_WritesEmlFile()
    {
        var pickup = Path.Combine(Path.GetTempPath(), "idocs-billing-mail-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var billing = Create(database, Local(2026, 11, 1, 10), new Dictionary<string, string?> { ["Billing:Mail:PickupDirectory"] = pickup });
            await billing.EnsurePriceListAsync();
            await BillingEmailTests.OpenWithStaffAsync(billing, "ТОО «Папка»");
            billing.SetNow(Local(2026, 11, 15, 11));

            await BillingEmailTests.QueueRemindersAsync(billing);
            await BillingEmailTests.DispatchAsync(billing);

            var files = Directory.GetFiles(pickup, "*.eml");
            var written = await Task.WhenAll(files.Select(file => MimeMessage.LoadAsync(file, Token)));
            var ended = Assert.Single(written, message => message.TextBody?.Contains("ТОО «Папка»", StringComparison.Ordinal) == true);
            Assert.Equal("Пробный период Idocs закончился", ended.Subject);
            Assert.Equal(BillingEmailTests.ExpectedRecipients.Order(), ended.To.Mailboxes.Select(mailbox => mailbox.Address).Order());
        }
        finally
        {
            if (Directory.Exists(pickup))
            {
                Directory.Delete(pickup, recursive: true);
            }
        }
    }
}
