using Idocs.Common.Results;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Idocs.Storage.Billing.Email;

/// <summary>Sends a composed billing email with MailKit over SMTP, or writes it to the pickup folder.</summary>
public sealed class BillingMailSender(IOptions<BillingMailOptions> options, IOptions<StorageOptions> storage, ILogger<BillingMailSender> logger)
{
    /// <summary>Sends <paramref name="message"/>. Connection and protocol failures come back as a failure, which the outbox retries.</summary>
    public async Task<Result> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        message.From.Clear();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));

        var pickupDirectory = !string.IsNullOrWhiteSpace(settings.PickupDirectory)
            ? settings.PickupDirectory
            : string.IsNullOrWhiteSpace(settings.SmtpHost) ? Path.Combine(storage.Value.DataDirectory, "mail") : null;
        if (pickupDirectory is not null)
        {
            Directory.CreateDirectory(pickupDirectory);
            var path = Path.Combine(pickupDirectory, $"{message.MessageId}.eml");
            await message.WriteToAsync(path, cancellationToken);
            logger.LogInformation("Billing email {MailMessageId} written to the pickup folder", message.MessageId);
            return Result.Success();
        }

        try
        {
            using var client = new SmtpClient();
            var security = settings.SmtpUseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
            await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.SmtpUserName))
            {
                await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.CommandException or AuthenticationException)
        {
            logger.LogWarning(exception, "Sending billing email {MailMessageId} to {SmtpHost}:{SmtpPort} failed", message.MessageId, settings.SmtpHost, settings.SmtpPort);
            return Result.Failure(
                BillingStorageErrorCodes.MailSendFailed,
                $"Sending the billing email to {settings.SmtpHost}:{settings.SmtpPort} failed ({exception.GetType().Name}); the outbox retries it.");
        }

        logger.LogInformation("Billing email {MailMessageId} sent to {RecipientCount} recipients", message.MessageId, message.To.Count + message.Bcc.Count);
        return Result.Success();
    }
}
