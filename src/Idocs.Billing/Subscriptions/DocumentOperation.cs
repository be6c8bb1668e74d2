namespace Idocs.Billing.Subscriptions;

/// <summary>The document operations billing may gate. Only sending needs a trial or a plan.</summary>
public enum DocumentOperation
{
    SendExternal,
    Receive,
    View,
    Download,
}
