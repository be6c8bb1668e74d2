namespace Idocs.PrintForms.Retention;

/// <summary>Error codes of the retention and termination rules.</summary>
public static class RetentionErrorCodes
{
    /// <summary>
    /// A document was to be purged before its retention period ended. Nothing is deleted; the
    /// message gives the date from which the purge is allowed.
    /// </summary>
    public const string RetentionPeriodActive = "retention.period_active";

    /// <summary>
    /// The customer ended the contract and is in the read-only year: documents can be read and
    /// downloaded (one archive per document or a bulk export), but not created, signed, sent or deleted.
    /// </summary>
    public const string ReadOnlyAfterTermination = "retention.read_only_after_termination";

    /// <summary>The read-only year after the customer's termination is over; the customer's documents are no longer available to them.</summary>
    public const string AccessEnded = "retention.access_ended";
}
