namespace Idocs.Documents.Packages;

/// <summary>
/// Several documents uploaded together (Пакет документов). Each file is its own document, signed and
/// billed separately, but the package is approved, signed and sent in one action.
/// </summary>
public sealed record Package(Guid Id, Guid OwnerProfileId, Guid AuthorId, string Title, IReadOnlyList<Guid> DocumentIds);
