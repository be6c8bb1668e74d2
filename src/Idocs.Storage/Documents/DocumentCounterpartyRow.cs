using Idocs.Documents.Documents;

namespace Idocs.Storage.Documents;

/// <summary>
/// The <c>document_counterparties</c> table: each counterparty of a document with its progress.
/// The first one is also kept inline on the documents row, which lists show.
/// </summary>
public sealed class DocumentCounterpartyRow
{
    public Guid DocumentId { get; set; }

    /// <summary>The BIN, IIN or email, normalized as the domain stores it; unique within a document.</summary>
    public string Identifier { get; set; } = string.Empty;

    /// <summary>Zero-based place in the document's counterparty list.</summary>
    public int Position { get; set; }

    public CounterpartyIdentifierKind Kind { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The name folded by <c>DocumentSearchValidation.Fold</c>, for the counterparty filter.</summary>
    public string NameKey { get; set; } = string.Empty;

    public CounterpartyProgress Progress { get; set; }

    public Guid? IncomingCopyId { get; set; }
}
