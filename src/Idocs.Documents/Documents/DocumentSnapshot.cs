using Idocs.Documents.Statuses;

namespace Idocs.Documents.Documents;

/// <summary>
/// Every field of a <see cref="Document"/> as plain data, for stores and for comparing a document
/// before and after a refused action. <see cref="Version"/> is the optimistic concurrency token.
/// </summary>
public sealed record DocumentSnapshot
{
    public required Guid Id { get; init; }

    public required Guid OwnerProfileId { get; init; }

    public required DocumentKind Kind { get; init; }

    public required string Number { get; init; }

    public required DateOnly Date { get; init; }

    public required string Title { get; init; }

    public required Guid AuthorId { get; init; }

    public required DocumentStatus Status { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required int Version { get; init; }

    public Money? Amount { get; init; }

    public IReadOnlyList<DocumentCounterparty> Counterparties { get; init; } = [];

    /// <summary>Shorthand for a document with at most one counterparty, still waiting for dispatch.</summary>
    public Counterparty? Counterparty
    {
        get => Counterparties.Count > 0 ? Counterparties[0].Party : null;
        init => Counterparties = value is null ? [] : [DocumentCounterparty.Awaiting(value)];
    }

    public Guid? FolderId { get; init; }

    public Guid? PackageId { get; init; }

    public string? RejectionReason { get; init; }

    public SigningParty? AnnulmentProposedBy { get; init; }

    public bool IsDeleted { get; init; }

    public IReadOnlyList<DocumentFile> Files { get; init; } = [];

    public IReadOnlyList<AccessGrant> Grants { get; init; } = [];

    public IReadOnlyList<RecordedSignature> Signatures { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> FreeFields { get; init; } = [];
}
