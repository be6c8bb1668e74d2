namespace Idocs.Documents.Notifications.Settings;

/// <summary>Document status changes a person can subscribe to by email. Stored by name.</summary>
public enum DocumentStatusEvent
{
    SentForApproval,
    Approved,
    SentForSigning,
    SignedAndSent,
    ReceivedByCounterparty,
    ViewedByCounterparty,
    SignedByAllParties,
    Rejected,
    Revoked,
    IncomingReceived,
}
