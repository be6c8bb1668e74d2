namespace Idocs.Storage.Outbox;

/// <summary>Errors recorded on outbox messages whose delivery failed.</summary>
public static class OutboxErrorCodes
{
    /// <summary>
    /// No <see cref="IOutboxHandler"/> is registered for the message type. The message is retried,
    /// so a node deployed with the handler can still deliver it, and ends in dead letters otherwise.
    /// </summary>
    public const string NoHandler = "outbox.no_handler";

    /// <summary>The handler threw an exception; the error message contains the exception type and text.</summary>
    public const string HandlerFailed = "outbox.handler_failed";
}
