using Idocs.Common.Results;
using Idocs.Storage.Outbox;

namespace Idocs.Storage.Tests.Support;

/// <summary>Delivers <see cref="Type"/> messages by recording their ids.</summary>
internal sealed class RecordingOutboxHandler(DeliveryLog log) : IOutboxHandler
{
    public const string Type = "test.record";

    public string MessageType => Type;

    public Task<Result> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        log.Record(message);
        return Task.FromResult(Result.Success());
    }
}
