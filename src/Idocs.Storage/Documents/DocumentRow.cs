using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;

namespace Idocs.Storage.Documents;

/// <summary>
/// The <c>documents</c> table: one row per document copy, with the amount and the first counterparty
/// inline for lists; every counterparty is in <see cref="Counterparties"/>.
/// </summary>
public sealed class DocumentRow
{
    public Guid Id { get; set; }

    public Guid OwnerProfileId { get; set; }

    public DocumentKind Kind { get; set; }

    public string Number { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>The title folded by <c>DocumentSearchValidation.Fold</c>, for the title text filter.</summary>
    public string TitleKey { get; set; } = string.Empty;

    public Guid AuthorId { get; set; }

    public DocumentStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the row was last written; the inbox orders by it.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public decimal? Amount { get; set; }

    /// <summary>ISO 4217 code of <see cref="Amount"/>; null exactly when the amount is null.</summary>
    public string? Currency { get; set; }

    public CounterpartyIdentifierKind? CounterpartyKind { get; set; }

    /// <summary>The counterparty's BIN, IIN or email, normalized as the domain stores it.</summary>
    public string? CounterpartyIdentifier { get; set; }

    public string? CounterpartyName { get; set; }

    /// <summary>The counterparty's name folded by <c>DocumentSearchValidation.Fold</c>, for the counterparty filter.</summary>
    public string? CounterpartyNameKey { get; set; }

    public Guid? FolderId { get; set; }

    public Guid? PackageId { get; set; }

    public string? RejectionReason { get; set; }

    public SigningParty? AnnulmentProposedBy { get; set; }

    public bool IsDeleted { get; set; }

    /// <summary>The free fields as a JSON object, keys in ordinal order.</summary>
    public string FreeFieldsJson { get; set; } = "{}";

    public List<DocumentFileRow> Files { get; set; } = [];

    public List<DocumentAccessGrantRow> Grants { get; set; } = [];

    public List<DocumentSignatureRow> Signatures { get; set; } = [];

    public List<DocumentCounterpartyRow> Counterparties { get; set; } = [];
}
