namespace Idocs.Documents.Documents;

/// <summary>The fields a user gives when creating a document.</summary>
public sealed record NewDocument
{
    public required Guid OwnerProfileId { get; init; }

    public required DocumentKind Kind { get; init; }

    public required string Number { get; init; }

    public required DateOnly Date { get; init; }

    public required string Title { get; init; }

    public required Guid AuthorId { get; init; }

    public required IReadOnlyList<DocumentFile> Files { get; init; }

    public Money? Amount { get; init; }

    /// <summary>The parties an external document goes to, in the order the author gave them.</summary>
    public IReadOnlyList<Counterparty> Counterparties { get; init; } = [];

    /// <summary>Shorthand for a document with at most one counterparty: reads the first, sets the only one.</summary>
    public Counterparty? Counterparty
    {
        get => Counterparties.Count > 0 ? Counterparties[0] : null;
        init => Counterparties = value is null ? [] : [value];
    }

    /// <summary>Folder of an internal document; must be null for external ones.</summary>
    public Guid? FolderId { get; init; }

    /// <summary>The package the document was uploaded in, if any.</summary>
    public Guid? PackageId { get; init; }

    /// <summary>Company-specific fields such as a contract number or a cost centre.</summary>
    public IReadOnlyDictionary<string, string> FreeFields { get; init; } = new Dictionary<string, string>();
}
