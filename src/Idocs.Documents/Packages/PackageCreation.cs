using Idocs.Documents.Documents;

namespace Idocs.Documents.Packages;

/// <summary>A new package and its documents, to be stored in one transaction.</summary>
public sealed record PackageCreation(Package Package, IReadOnlyList<Document> Documents);
