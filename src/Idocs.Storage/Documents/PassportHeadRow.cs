namespace Idocs.Storage.Documents;

/// <summary>
/// The <c>passport_heads</c> table: a document's event count and last hash, written with each
/// appended event, so that events removed from the end of a passport are detected.
/// </summary>
public sealed class PassportHeadRow
{
    public Guid DocumentId { get; set; }

    public long Count { get; set; }

    public string LastHash { get; set; } = string.Empty;
}
