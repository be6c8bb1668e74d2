using System.Globalization;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Documents.UnitOfWork;
using Idocs.Documents.Uploads;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Deletion;

/// <summary>
/// Files a deletion request for a document the counterparty already signed. The document is checked
/// before the supporting file is inspected and stored, so a refused request stores nothing. The
/// request and its DeletionRequested passport event are written in one transaction.
/// </summary>
public sealed class FileDeletionRequest(
    DocumentTransactionRunner runner,
    IDocumentUnitOfWorkFactory transactions,
    IDeletionRequestStore requests,
    IEmployeeFactsPort employees,
    FileUploader uploader,
    TimeProvider clock,
    ILogger<FileDeletionRequest> logger)
{
    public async Task<Result<DeletionRequest>> FileAsync(FileDeletionRequestCommand command, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(culture);

        var employee = await employees.FindAsync(command.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {command.EmployeeId} was not found or is blocked.");
        }

        var precheck = await CheckAsync(command, employee, cancellationToken);
        if (!precheck.IsSuccess)
        {
            return precheck.Error;
        }

        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return new Error(
                DocumentErrorCodes.DeletionRequestIncomplete,
                $"A deletion request for document {command.DocumentId} needs a reason; write why the signed document must be deleted.");
        }

        if (command.SupportingFiles.Count != 1)
        {
            return new Error(
                DeletionRequestErrorCodes.SupportingFileRequired,
                $"Attach exactly one supporting file, such as the agreement of both sides to delete the document; {command.SupportingFiles.Count} were attached.");
        }

        var uploaded = await uploader.UploadAsync(command.SupportingFiles, cancellationToken);
        if (!uploaded.IsAccepted)
        {
            var rejection = uploaded.Rejection!;
            return new Error(rejection.Code, rejection.LocalizedMessage(culture));
        }

        var supportingFile = uploaded.Files[0];
        var filed = await runner.ExecuteAsync<DeletionRequest>(
            async (transaction, token) =>
            {
                var checkedAgain = await FindEligibleAsync(transaction, command, employee, lockRow: true, token);
                if (!checkedAgain.IsSuccess)
                {
                    return checkedAgain.Error;
                }

                var document = checkedAgain.Value;
                var now = clock.GetUtcNow();
                var request = DeletionRequest.Submit(document, employee.EmployeeId, command.Reason, supportingFile.Sha256, Guid.CreateVersion7(now), now);
                if (!request.IsSuccess)
                {
                    return request.Error;
                }

                var added = await requests.AddAsync(transaction, document.OwnerProfileId, request.Value, token);
                if (!added.IsSuccess)
                {
                    return added.Error;
                }

                var written = await FlowPassport.WriteAsync(
                    transaction, document.Id, PassportEventType.DeletionRequested,
                    new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin), now, command.IpAddress,
                    JsonSerializer.Serialize(new { deletionRequest = request.Value.Id, supportingFile = supportingFile.Sha256 }), token);
                return written.IsSuccess ? request.Value : written.Error;
            },
            cancellationToken);
        if (filed.IsSuccess)
        {
            logger.LogInformation("Deletion request {DeletionRequestId} filed for document {DocumentId}", filed.Value.Id, command.DocumentId);
        }

        return filed;
    }

    private async Task<Result> CheckAsync(FileDeletionRequestCommand command, EmployeeSigningFacts employee, CancellationToken cancellationToken)
    {
        await using var transaction = await transactions.BeginAsync(cancellationToken);
        var eligible = await FindEligibleAsync(transaction, command, employee, lockRow: false, cancellationToken);
        return eligible.IsSuccess ? Result.Success() : eligible.Error;
    }

    private async Task<Result<Document>> FindEligibleAsync(
        IDocumentUnitOfWork transaction, FileDeletionRequestCommand command, EmployeeSigningFacts employee, bool lockRow, CancellationToken cancellationToken)
    {
        // The row lock makes two requests filed at once for one document see each other.
        var document = lockRow
            ? await transaction.LockDocumentAsync(command.DocumentId, cancellationToken)
            : await transaction.Documents.FindAsync(command.DocumentId, cancellationToken);
        if (document is null || document.IsDeleted || document.OwnerProfileId != employee.ProfileId)
        {
            return new Error(CommonErrorCodes.NotFound, $"Document {command.DocumentId} was not found.");
        }

        var direct = DocumentDeletionPolicy.CanDelete(document, employee.EmployeeId);
        if (direct.IsSuccess)
        {
            return new Error(
                DocumentErrorCodes.DeletionNotAllowed,
                $"Document {document.Id} can be deleted directly with DELETE; no request to support is needed.");
        }

        if (direct.Error.Code != DocumentErrorCodes.DeletionNeedsSupportRequest)
        {
            return direct.Error;
        }

        var existing = await requests.ListForDocumentAsync(transaction, document.Id, cancellationToken);
        return existing.Any(request => request.Status == DeletionRequestStatus.Pending)
            ? new Error(DeletionRequestErrorCodes.AlreadyPending, $"Document {document.Id} already has a pending deletion request; wait for platform support's decision.")
            : document;
    }
}
