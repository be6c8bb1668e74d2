using Idocs.Documents.Flow;
using Idocs.Documents.Notifications.Mail;
using Idocs.Testing.Smtp;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Idocs.Documents.Tests.Notifications.Mail;

public sealed class DocumentMailSenderTests
{
    private static readonly Guid DocumentId = Guid.Parse("0190f000-0000-7000-8000-0000000000d1");

    [Fact]
    public async Task SendAsync_LinkInvitation_ArrivesInRussianWithLink()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var smtp = await SmtpTestServer.StartAsync(cancellationToken);
        var sender = Sender(smtp.Port);

        await sender.SendAsync(Invitation(language: "ru"), Guid.CreateVersion7(), cancellationToken);

        var received = await smtp.WaitForMailAsync(mail => mail.EnvelopeTo.Contains("aigerim@example.kz"), cancellationToken);
        var body = received.Message.TextBody;
        Assert.Equal("ТОО Альфа отправил вам документ на подпись: Договор поставки", received.Message.Subject);
        Assert.Contains("Здравствуйте, Айгерим Сапарова.", body, StringComparison.Ordinal);
        Assert.Contains($"https://idocs.example/link/{DocumentId:D}?token=secret-token", body, StringComparison.Ordinal);
        Assert.Contains("№ A-7", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kk", "«Договор поставки»: барлық тараптар қол қойды")]
    [InlineData("en", "Договор поставки: signed by all parties")]
    [InlineData("de", "«Договор поставки»: подписан всеми сторонами")]
    [InlineData(null, "«Договор поставки»: подписан всеми сторонами")]
    public void Render_StatusChanged_UsesRecipientLanguageOrRussian(string? language, string expectedSubject)
    {
        var renderer = new DocumentMailRenderer(Options.Create(new DocumentMailOptions()));
        var mail = new DocumentMail
        {
            Template = DocumentMailTemplate.StatusChanged,
            DocumentId = DocumentId,
            RecipientEmail = "author@alfa.kz",
            RecipientName = "Автор",
            Language = language!,
            Values = new Dictionary<string, string>
            {
                [DocumentMailValues.Title] = "Договор поставки",
                [DocumentMailValues.Number] = "A-7",
                [DocumentMailValues.Status] = "SignedByAllParties",
            },
        };

        var rendered = renderer.Render(mail);

        Assert.Equal(expectedSubject, rendered.Subject);
    }

    private static DocumentMailSender Sender(int port) => new(
        new DocumentMailRenderer(Options.Create(new DocumentMailOptions { PublicBaseUrl = new Uri("https://idocs.example/") })),
        Options.Create(new DocumentMailOptions
        {
            PublicBaseUrl = new Uri("https://idocs.example/"),
            SmtpHost = SmtpTestServer.Host,
            SmtpPort = port,
            SmtpUseTls = false,
        }),
        NullLogger<DocumentMailSender>.Instance);

    private static DocumentMail Invitation(string language) => new()
    {
        Template = DocumentMailTemplate.LinkInvitation,
        DocumentId = DocumentId,
        RecipientEmail = "aigerim@example.kz",
        RecipientName = "Айгерим Сапарова",
        Language = language,
        Values = new Dictionary<string, string>
        {
            [DocumentMailValues.SenderName] = "ТОО Альфа",
            [DocumentMailValues.Title] = "Договор поставки",
            [DocumentMailValues.Number] = "A-7",
            [DocumentMailValues.LinkToken] = "secret-token",
            [DocumentMailValues.ExpiresAt] = "2027-01-03T10:00:00.0000000+00:00",
        },
    };
}
