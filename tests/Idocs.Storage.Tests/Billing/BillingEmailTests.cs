using Idocs.Billing.Actors;
using Idocs.Billing.Contacts;
using Idocs.Billing.Plans;
using Idocs.Storage.Billing;
using Idocs.Storage.Billing.Email;
using Idocs.Storage.Outbox;
using Idocs.Testing.Databases;
using Idocs.Testing.Smtp;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using UglyToad.PdfPig;
using static Idocs.Storage.Tests.Billing.BillingStorageHarness;

namespace Idocs.Storage.Tests.Billing;

/// <summary>Billing emails from the outbox to an SMTP server in the test process.</summary>
public sealed class BillingEmailTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    internal static readonly string[] ExpectedRecipients =
        ["director@example.kz", "admin@example.kz", "moderator@example.kz", "buh@example.kz"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TrialReminders_BeforeAndAtEnd_MailedOnceEachInRussian()
    {
        await using var smtp = await SmtpTestServer.StartAsync(Token);
        await using var billing = Create(database, Local(2026, 11, 1, 10), SmtpSettings(smtp));
        await billing.EnsurePriceListAsync();
        var companyId = await OpenWithStaffAsync(billing, "ТОО «Напоминание»");

        billing.SetNow(Local(2026, 11, 12, 10));
        var firstPass = await QueueRemindersAsync(billing);
        var secondPass = await QueueRemindersAsync(billing);
        await DispatchAsync(billing);
        var soon = await smtp.WaitForMailAsync(mail => (mail.Message.Subject ?? string.Empty).Contains("заканчивается", StringComparison.Ordinal), Token);
        billing.SetNow(Local(2026, 11, 15, 10));
        var atEnd = await QueueRemindersAsync(billing);
        await DispatchAsync(billing);
        var ended = await smtp.WaitForMailAsync(mail => (mail.Message.Subject ?? string.Empty).Contains("закончился", StringComparison.Ordinal), Token);

        Assert.Equal(1, firstPass);
        Assert.Equal(0, secondPass);
        Assert.Equal(1, atEnd);
        Assert.Equal(ExpectedRecipients.Order(), soon.EnvelopeTo.Order());
        Assert.Contains("15.11.2026 10:00", soon.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Биллинг / Подписки", soon.Message.TextBody, StringComparison.Ordinal);
        Assert.Equal(ExpectedRecipients.Order(), ended.EnvelopeTo.Order());
        Assert.Contains("Отправка документов контрагентам приостановлена", ended.Message.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, smtp.Messages.Count(mail => mail.EnvelopeTo.Contains("buh@example.kz")));
    }

    [Fact]
    public async Task InvoiceIssued_MonthlyRun_MailsPdfToBillingRecipients()
    {
        await using var smtp = await SmtpTestServer.StartAsync(Token);
        await using var billing = Create(database, Local(2026, 10, 1, 9), SmtpSettings(smtp));
        await billing.EnsurePriceListAsync();

        var companyId = await OpenWithStaffAsync(billing, "ТОО «Счёт и Ко»", "987654321098");
        billing.SetNow(Local(2026, 10, 20));
        await billing.ConnectAsync(companyId, PlanCode.Standard);
        await billing.SendAsync(companyId, Local(2026, 11, 3, 12));
        billing.SetNow(Local(2026, 12, 1, 1));
        await billing.RunMonthlyInvoicesAsync();
        await DispatchAsync(billing);

        var mail = await smtp.WaitForMailAsync(received => (received.Message.Subject ?? string.Empty).Contains("ноябрь 2026", StringComparison.Ordinal)
            && (received.Message.TextBody ?? string.Empty).Contains("ТОО «Счёт и Ко»", StringComparison.Ordinal), Token);
        var attachment = Assert.Single(mail.Message.Attachments.OfType<MimePart>());
        using var pdfBytes = new MemoryStream();
        await attachment.Content!.DecodeToAsync(pdfBytes, Token);
        using var pdf = PdfDocument.Open(pdfBytes.ToArray());
        var text = string.Concat(pdf.GetPages().SelectMany(page => page.Letters).Select(letter => letter.Value));

        Assert.Equal(ExpectedRecipients.Order(), mail.EnvelopeTo.Order());
        Assert.StartsWith("Счёт Idocs № 2026-11-", mail.Message.Subject, StringComparison.Ordinal);
        Assert.Contains("10 050,00 тенге", mail.Message.TextBody, StringComparison.Ordinal);
        Assert.Equal("application/pdf", attachment.ContentType.MimeType);
        Assert.Contains("ТОО «Счёт и Ко»", text, StringComparison.Ordinal);
        Assert.Contains("987654321098", text, StringComparison.Ordinal);
        Assert.Contains("ноябрь 2026", text, StringComparison.Ordinal);
        Assert.Contains("10 050,00", text, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> SmtpSettings(SmtpTestServer smtp) => new()
    {
        ["Billing:Mail:PickupDirectory"] = "",
        ["Billing:Mail:SmtpHost"] = SmtpTestServer.Host,
        ["Billing:Mail:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Billing:Mail:From"] = "billing@idocs.test",
    };

    /// <summary>Opens a company whose staff has one of each role, a blocked Admin and an extra billing contact.</summary>
    internal static async Task<Guid> OpenWithStaffAsync(BillingStorageHarness billing, string name, string bin = "123456789012")
    {
        var companyId = await billing.OpenCompanyAsync(name, bin);
        billing.Directory.Set(
            companyId,
            new BillingCompanyRequisites(name, bin, null, "office@example.kz"),
            [
                new CompanyMember("director@example.kz", ActorRole.Director, IsActive: true),
                new CompanyMember("admin@example.kz", ActorRole.Admin, IsActive: true),
                new CompanyMember("moderator@example.kz", ActorRole.Moderator, IsActive: true),
                new CompanyMember("employee@example.kz", ActorRole.Employee, IsActive: true),
                new CompanyMember("blocked@example.kz", ActorRole.Admin, IsActive: false),
            ]);
        var contacts = await billing.RunAsync(provider => provider.GetRequiredService<ManageBillingContacts>()
            .ReplaceAsync(Director, companyId, ["buh@example.kz", "DIRECTOR@example.kz"], Token));
        Assert.True(contacts.IsSuccess);
        return companyId;
    }

    internal static Task<int> QueueRemindersAsync(BillingStorageHarness billing) =>
        billing.RunAsync(provider => provider.GetRequiredService<QueueTrialReminders>().RunAsync(Token));

    internal static async Task DispatchAsync(BillingStorageHarness billing)
    {
        var dispatcher = billing.Services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.DispatchBatchAsync(Token) > 0)
        {
        }
    }
}
