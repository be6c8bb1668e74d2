namespace Idocs.Documents.Billing;

/// <summary>
/// A document that left the platform for its counterparty, as billing counts it. It travels
/// through the outbox, so it is queued in the dispatch's own transaction.
/// </summary>
/// <param name="ProfileId">The sending profile.</param>
/// <param name="DocumentId">The sent document; the metering key together with the file.</param>
/// <param name="SentAt">When the document was sent.</param>
public sealed record MeteredDispatch(Guid ProfileId, Guid DocumentId, DateTimeOffset SentAt)
{
    /// <summary>Outbox message type of dispatch metering.</summary>
    public const string OutboxType = "documents.dispatch_metering";
}
