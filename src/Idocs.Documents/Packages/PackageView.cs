using Idocs.Documents.Documents;

namespace Idocs.Documents.Packages;

/// <summary>A package with its documents in upload order.</summary>
public sealed record PackageView(Package Package, IReadOnlyList<Document> Documents);
