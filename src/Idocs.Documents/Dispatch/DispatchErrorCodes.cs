namespace Idocs.Documents.Dispatch;

public static class DispatchErrorCodes
{
    /// <summary>The document is not signed by the sender yet, or was already dispatched.</summary>
    public const string NotReadyForDispatch = "dispatch.not_ready";

    /// <summary>
    /// The counterparty is identified by BIN or IIN but has no profile and no email to send a link to.
    /// The sender adds an email in the route.
    /// </summary>
    public const string CounterpartyUnreachable = "dispatch.counterparty_unreachable";
}
