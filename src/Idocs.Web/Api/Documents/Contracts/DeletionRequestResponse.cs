using Idocs.Documents.Documents;

namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>A deletion request and, once decided, support's decision and comment.</summary>
public sealed record DeletionRequestResponse(
    Guid Id,
    Guid DocumentId,
    string Status,
    string Reason,
    string SupportingFileSha256,
    Guid RequestedBy,
    DateTimeOffset RequestedAt,
    string? SupportComment,
    DateTimeOffset? DecidedAt)
{
    public static DeletionRequestResponse From(DeletionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DeletionRequestResponse(
            request.Id, request.DocumentId, request.Status.ToString(), request.Reason, request.SupportingFileSha256,
            request.RequestedBy, request.RequestedAt, request.SupportComment, request.DecidedAt);
    }
}
