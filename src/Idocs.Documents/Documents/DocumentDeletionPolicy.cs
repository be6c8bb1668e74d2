using Idocs.Common.Results;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Documents;

/// <summary>
/// Who may delete which document: only outgoing and internal documents, only in draft, rejected,
/// or revoked before any counterparty signature, and only by the author or an editor. Incoming
/// documents are never deleted; an outgoing document signed by the counterparty goes through a
/// <see cref="DeletionRequest"/> that platform support decides.
/// </summary>
public static class DocumentDeletionPolicy
{
    public static Result CanDelete(Document document, Guid employeeId)
    {
        ArgumentNullException.ThrowIfNull(document);

        if (document.IsDeleted)
        {
            return new Error(CommonErrorCodes.NotFound, $"Document {document.Id} is already deleted.");
        }

        if (document.Kind == DocumentKind.ExternalIncoming)
        {
            return new Error(DocumentErrorCodes.DeletionNotAllowed, $"Document {document.Id} is incoming; incoming documents cannot be deleted.");
        }

        if (!document.CanEdit(employeeId))
        {
            return new Error(
                DocumentErrorCodes.DeletionNotAllowed,
                $"Employee {employeeId} is neither the author nor an editor of document {document.Id}.");
        }

        if (document.HasReceiverSignature)
        {
            return new Error(
                DocumentErrorCodes.DeletionNeedsSupportRequest,
                $"Document {document.Id} is signed by the counterparty; file a deletion request for platform support.");
        }

        return document.Status is DocumentStatus.Draft or DocumentStatus.Rejected or DocumentStatus.Revoked
            ? Result.Success()
            : new Error(
                DocumentErrorCodes.DeletionNotAllowed,
                $"Document {document.Id} is {document.Status}; only draft, rejected or revoked documents can be deleted.");
    }

    /// <summary>Marks the document deleted when <see cref="CanDelete"/> allows it; otherwise leaves it unchanged.</summary>
    public static Result Delete(Document document, Guid employeeId)
    {
        var allowed = CanDelete(document, employeeId);
        if (allowed.IsSuccess)
        {
            document.MarkDeleted();
        }

        return allowed;
    }
}
