namespace Idocs.Documents.Flow;

/// <summary>The kinds of document email. Stored by name in outbox payloads.</summary>
public enum DocumentMailTemplate
{
    /// <summary>An unregistered counterparty's invitation with the link to open and sign the document.</summary>
    LinkInvitation,

    /// <summary>A reminder to a counterparty that the document waits for its signature.</summary>
    Reminder,

    /// <summary>A subscriber's notice that a document changed status.</summary>
    StatusChanged,
}
