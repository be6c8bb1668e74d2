using Idocs.Documents.Packages;

namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>One result per document of the package: its new status, or the code and message of its refusal.</summary>
public sealed record PackageActionResponse(IReadOnlyList<MassActionItemResponse> Items)
{
    public static PackageActionResponse From(IReadOnlyList<PackageActionResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new PackageActionResponse([.. results.Select(result => new MassActionItemResponse(
            result.DocumentId, result.Status?.ToString(), result.Refusal?.Code, result.Refusal?.Message))]);
    }
}
