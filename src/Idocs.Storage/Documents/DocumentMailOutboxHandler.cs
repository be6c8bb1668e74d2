using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Flow;
using Idocs.Documents.Notifications.Mail;
using Idocs.Storage.Outbox;

namespace Idocs.Storage.Documents;

/// <summary>Delivers the document mails that document actions put into the outbox.</summary>
public sealed class DocumentMailOutboxHandler(DocumentMailSender sender) : IOutboxHandler
{
    private static readonly JsonSerializerOptions PayloadOptions = new(JsonSerializerDefaults.Web);

    public string MessageType => DocumentMail.OutboxType;

    public async Task<Result> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        DocumentMail? mail;
        try
        {
            mail = JsonSerializer.Deserialize<DocumentMail>(message.Payload, PayloadOptions);
        }
        catch (JsonException exception)
        {
            return Result.Failure(CommonErrorCodes.InvalidInput, $"Outbox message {message.Id} is not a document mail: {exception.Message}");
        }

        if (mail is null)
        {
            return Result.Failure(CommonErrorCodes.InvalidInput, $"Outbox message {message.Id} has an empty document mail.");
        }

        await sender.SendAsync(mail, message.Id, cancellationToken);
        return Result.Success();
    }
}
