using Idocs.Documents.Flow;

namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>One result per document: the new status, or the error code and message of its refusal.</summary>
public sealed record MassActionResponse(IReadOnlyList<MassActionItemResponse> Items)
{
    public static MassActionResponse From(IReadOnlyList<MassActionResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new MassActionResponse([.. results.Select(result => new MassActionItemResponse(
            result.DocumentId, result.Outcome?.Status.ToString(), result.Refusal?.Code, result.Refusal?.Message))]);
    }
}
