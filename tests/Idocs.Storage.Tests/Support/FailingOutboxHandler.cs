using Idocs.Common.Results;
using Idocs.Storage.Outbox;

namespace Idocs.Storage.Tests.Support;

/// <summary>Fails every <see cref="Type"/> message by throwing, after recording the attempt.</summary>
internal sealed class FailingOutboxHandler(DeliveryLog log) : IOutboxHandler
{
    public const string Type = "test.fail";
    public const string ErrorText = "SMTP server 127.0.0.1:2525 refused the connection";

    public string MessageType => Type;

    public Task<Result> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        log.Record(message);
        throw new InvalidOperationException(ErrorText);
    }
}
