using Idocs.Common.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Idocs.Storage.Outbox;

/// <summary>Finds the handler of a message's type and runs it, turning exceptions into failures.</summary>
internal static class OutboxHandlerInvoker
{
    public static async Task<Result> InvokeAsync(
        IServiceProvider services, OutboxMessage message, ILogger logger, CancellationToken cancellationToken)
    {
        var handler = services.GetServices<IOutboxHandler>()
            .FirstOrDefault(candidate => string.Equals(candidate.MessageType, message.Type, StringComparison.Ordinal));
        if (handler is null)
        {
            return Result.Failure(
                OutboxErrorCodes.NoHandler,
                $"No IOutboxHandler is registered for outbox message type '{message.Type}'. Register one with AddOutboxHandler.");
        }

        try
        {
            return await handler.HandleAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Outbox handler for type {OutboxMessageType} threw on message {OutboxMessageId}", message.Type, message.Id);
            return Result.Failure(OutboxErrorCodes.HandlerFailed, $"{exception.GetType().Name}: {exception.Message}");
        }
    }
}
