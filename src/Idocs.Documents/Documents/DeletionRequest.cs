using Idocs.Common.Results;

namespace Idocs.Documents.Documents;

/// <summary>
/// A request to delete an outgoing document that the counterparty already signed. It carries the
/// reason and a supporting file (for example the agreement of both sides); platform support
/// approves it, or rejects it with a comment.
/// </summary>
public sealed class DeletionRequest
{
    private DeletionRequest(Guid id, Guid documentId, Guid requestedBy, string reason, string supportingFileSha256, DateTimeOffset requestedAt)
    {
        Id = id;
        DocumentId = documentId;
        RequestedBy = requestedBy;
        Reason = reason;
        SupportingFileSha256 = supportingFileSha256;
        RequestedAt = requestedAt;
    }

    public Guid Id { get; }

    public Guid DocumentId { get; }

    public Guid RequestedBy { get; }

    public string Reason { get; }

    public string SupportingFileSha256 { get; }

    public DateTimeOffset RequestedAt { get; }

    public DeletionRequestStatus Status { get; private set; }

    public string? SupportComment { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Rebuilds a stored request, decided or not, without checking the deletion rules again.</summary>
    public static DeletionRequest Restore(DeletionRequestSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new DeletionRequest(
            snapshot.Id, snapshot.DocumentId, snapshot.RequestedBy, snapshot.Reason, snapshot.SupportingFileSha256, snapshot.RequestedAt)
        {
            Status = snapshot.Status,
            SupportComment = snapshot.SupportComment,
            DecidedBy = snapshot.DecidedBy,
            DecidedAt = snapshot.DecidedAt,
        };
    }

    public DeletionRequestSnapshot ToSnapshot() => new()
    {
        Id = Id,
        DocumentId = DocumentId,
        RequestedBy = RequestedBy,
        Reason = Reason,
        SupportingFileSha256 = SupportingFileSha256,
        RequestedAt = RequestedAt,
        Status = Status,
        SupportComment = SupportComment,
        DecidedBy = DecidedBy,
        DecidedAt = DecidedAt,
    };

    public static Result<DeletionRequest> Submit(
        Document document, Guid employeeId, string? reason, string? supportingFileSha256, Guid id, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);

        var direct = DocumentDeletionPolicy.CanDelete(document, employeeId);
        if (direct.IsSuccess || direct.Error.Code != DocumentErrorCodes.DeletionNeedsSupportRequest)
        {
            return new Error(
                DocumentErrorCodes.DeletionNotAllowed,
                direct.IsSuccess
                    ? $"Document {document.Id} can be deleted directly; no request to support is needed."
                    : direct.Error.Message);
        }

        var trimmedReason = reason?.Trim() ?? string.Empty;
        var file = supportingFileSha256?.Trim().ToLowerInvariant() ?? string.Empty;
        if (trimmedReason.Length == 0 || file.Length != 64 || !file.All(char.IsAsciiHexDigitLower))
        {
            return new Error(
                DocumentErrorCodes.DeletionRequestIncomplete,
                $"A deletion request for document {document.Id} needs a reason and a supporting file such as the agreement of both sides.");
        }

        return new DeletionRequest(id, document.Id, employeeId, trimmedReason, file, now);
    }

    /// <summary>Approves the request and marks the document deleted.</summary>
    public Result Approve(Document document, Guid supportUserId, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);

        var pending = EnsurePending();
        if (!pending.IsSuccess)
        {
            return pending;
        }

        if (document.Id != DocumentId)
        {
            return new Error(CommonErrorCodes.InvalidInput, $"Request {Id} is for document {DocumentId}, not {document.Id}.");
        }

        Decide(DeletionRequestStatus.Approved, supportUserId, comment?.Trim(), now);
        document.MarkDeleted();
        return Result.Success();
    }

    /// <summary>Rejects the request with a comment that states what is missing or wrong.</summary>
    public Result Reject(Guid supportUserId, string? comment, DateTimeOffset now)
    {
        var pending = EnsurePending();
        if (!pending.IsSuccess)
        {
            return pending;
        }

        var trimmed = comment?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return new Error(CommonErrorCodes.InvalidInput, $"Rejecting deletion request {Id} needs a comment for the requester.");
        }

        Decide(DeletionRequestStatus.Rejected, supportUserId, trimmed, now);
        return Result.Success();
    }

    private Result EnsurePending() => Status == DeletionRequestStatus.Pending
        ? Result.Success()
        : new Error(DocumentErrorCodes.DeletionRequestAlreadyDecided, $"Deletion request {Id} was already {Status}.");

    private void Decide(DeletionRequestStatus status, Guid supportUserId, string? comment, DateTimeOffset now)
    {
        Status = status;
        DecidedBy = supportUserId;
        SupportComment = comment;
        DecidedAt = now;
    }
}
