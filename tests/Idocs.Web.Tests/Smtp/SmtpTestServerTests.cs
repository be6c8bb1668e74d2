using Idocs.Testing.Smtp;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Idocs.Web.Tests.Smtp;

public sealed class SmtpTestServerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitForMailAsync_MailSentWithMailKit_ReturnsParsedMessage()
    {
        await using var server = await SmtpTestServer.StartAsync(Token);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Idocs", "noreply@idocs.test"));
        message.To.Add(new MailboxAddress("Айгерим", "aigerim@company.test"));
        message.Bcc.Add(MailboxAddress.Parse("audit@company.test"));
        message.Subject = "Документ подписан";
        message.Body = new TextPart("plain") { Text = "Договор № 15 подписан всеми сторонами." };

        using (var client = new SmtpClient())
        {
            await client.ConnectAsync(SmtpTestServer.Host, server.Port, SecureSocketOptions.None, Token);
            await client.SendAsync(message, Token);
            await client.DisconnectAsync(quit: true, Token);
        }

        var received = await server.WaitForMailAsync(mail => mail.Message.Subject == "Документ подписан", Token);
        Assert.Equal("noreply@idocs.test", received.EnvelopeFrom);
        Assert.Equal(["aigerim@company.test", "audit@company.test"], received.EnvelopeTo);
        Assert.Equal("Договор № 15 подписан всеми сторонами.", received.Message.TextBody?.TrimEnd());
        Assert.Single(server.Messages);
    }

    [Fact]
    public async Task WaitForMailAsync_NoMail_ThrowsTimeout()
    {
        await using var server = await SmtpTestServer.StartAsync(Token);

        await Assert.ThrowsAsync<TimeoutException>(() =>
            server.WaitForMailAsync(_ => true, TimeSpan.FromMilliseconds(200), Token));
    }

    [Fact]
    public async Task StartAsync_TwoServers_ListenOnDifferentPorts()
    {
        await using var first = await SmtpTestServer.StartAsync(Token);
        await using var second = await SmtpTestServer.StartAsync(Token);

        Assert.NotEqual(first.Port, second.Port);
    }
}
