using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Billing;
using Idocs.Storage.Outbox;

namespace Idocs.Storage.Documents;

/// <summary>Hands each dispatched document that the flow queued to billing's metering.</summary>
public sealed class DispatchMeteringOutboxHandler(ISendingBillingPort billing) : IOutboxHandler
{
    private static readonly JsonSerializerOptions PayloadOptions = new(JsonSerializerDefaults.Web);

    public string MessageType => MeteredDispatch.OutboxType;

    public async Task<Result> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        MeteredDispatch? dispatch;
        try
        {
            dispatch = JsonSerializer.Deserialize<MeteredDispatch>(message.Payload, PayloadOptions);
        }
        catch (JsonException exception)
        {
            return Result.Failure(CommonErrorCodes.InvalidInput, $"Outbox message {message.Id} is not a dispatch to meter: {exception.Message}");
        }

        return dispatch is null
            ? Result.Failure(CommonErrorCodes.InvalidInput, $"Outbox message {message.Id} has an empty dispatch to meter.")
            : await billing.MeterAsync(dispatch, cancellationToken);
    }
}
