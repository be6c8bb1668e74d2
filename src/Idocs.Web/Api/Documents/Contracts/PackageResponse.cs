using Idocs.Documents.Packages;

namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>A package with its documents in upload order.</summary>
public sealed record PackageResponse(Guid Id, string Title, IReadOnlyList<DocumentResponse> Documents)
{
    public static PackageResponse From(PackageView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new PackageResponse(view.Package.Id, view.Package.Title, [.. view.Documents.Select(DocumentResponse.From)]);
    }
}
