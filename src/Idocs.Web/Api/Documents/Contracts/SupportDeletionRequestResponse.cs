using Idocs.Documents.Deletion;

namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>A pending deletion request as support reviews it, with the owning profile and the document's number and title.</summary>
public sealed record SupportDeletionRequestResponse(Guid ProfileId, string DocumentNumber, string DocumentTitle, DeletionRequestResponse Request)
{
    public static SupportDeletionRequestResponse From(DeletionRequestForSupport pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        return new SupportDeletionRequestResponse(
            pending.OwnerProfileId, pending.DocumentNumber, pending.DocumentTitle, DeletionRequestResponse.From(pending.Request));
    }
}
