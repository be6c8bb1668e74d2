using Idocs.Documents.Documents;

namespace Idocs.Documents.Packages;

/// <summary>
/// The fields shared by every document of a new package. Each document takes the number
/// <c>{Number}-{position}</c> and its file name without extension as the title.
/// </summary>
public sealed record NewPackage
{
    public required Guid OwnerProfileId { get; init; }

    public required DocumentKind Kind { get; init; }

    public required string Number { get; init; }

    public required DateOnly Date { get; init; }

    public required string Title { get; init; }

    public required Guid AuthorId { get; init; }

    public required IReadOnlyList<DocumentFile> Files { get; init; }

    public IReadOnlyList<Counterparty> Counterparties { get; init; } = [];

    public Guid? FolderId { get; init; }
}
