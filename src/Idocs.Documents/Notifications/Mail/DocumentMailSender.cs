using Idocs.Documents.Flow;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Idocs.Documents.Notifications.Mail;

/// <summary>
/// Sends a rendered document mail with MailKit over SMTP, or writes it as an <c>.eml</c> file into the
/// pickup folder. The Message-ID comes from the outbox message id, so a mail sent again after a
/// crash carries the same id and the receiving server can drop the duplicate.
/// </summary>
public sealed class DocumentMailSender(DocumentMailRenderer renderer, IOptions<DocumentMailOptions> options, ILogger<DocumentMailSender> logger)
{
    public async Task SendAsync(DocumentMail mail, Guid outboxMessageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);

        var settings = options.Value;
        var rendered = renderer.Render(mail);
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(rendered.ToName, rendered.To));
        message.Subject = rendered.Subject;
        message.MessageId = $"{outboxMessageId:N}@{settings.PublicBaseUrl.Host}";
        message.Body = new TextPart("plain") { Text = rendered.TextBody };

        if (!string.IsNullOrWhiteSpace(settings.PickupFolder))
        {
            Directory.CreateDirectory(settings.PickupFolder);
            await message.WriteToAsync(Path.Combine(settings.PickupFolder, $"{outboxMessageId:N}.eml"), cancellationToken);
            logger.LogInformation("Document mail {OutboxMessageId} for document {DocumentId} written to the pickup folder", outboxMessageId, mail.DocumentId);
            return;
        }

        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            throw new InvalidOperationException("Set DocumentMail:SmtpHost or DocumentMail:PickupFolder to send document mail.");
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.SmtpUseTls ? SecureSocketOptions.Auto : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Document mail {OutboxMessageId} ({MailTemplate}) for document {DocumentId} sent", outboxMessageId, mail.Template, mail.DocumentId);
    }
}
