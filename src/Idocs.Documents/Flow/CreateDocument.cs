using System.Globalization;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;
using Idocs.Documents.Uploads;

namespace Idocs.Documents.Flow;

/// <summary>
/// Creates a document from uploaded files: the files are inspected by content and stored, then the
/// document and its Created passport event are written in one transaction. A rejected upload stores
/// nothing and returns the reason in the user's language.
/// </summary>
public sealed class CreateDocument(
    DocumentTransactionRunner runner,
    IEmployeeFactsPort employees,
    FileUploader uploader,
    TimeProvider clock)
{
    public async Task<Result<Document>> CreateAsync(CreateDocumentCommand command, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(culture);

        var employee = await employees.FindAsync(command.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {command.EmployeeId} was not found or is blocked.");
        }

        if (command.Kind == DocumentKind.ExternalIncoming)
        {
            return new Error(CommonErrorCodes.InvalidInput, "Incoming documents arrive from counterparties; upload an outgoing or internal document.");
        }

        if (command.Files.Count == 0)
        {
            return new Error(CommonErrorCodes.InvalidInput, "Attach at least one file.");
        }

        var uploaded = await uploader.UploadAsync(command.Files, cancellationToken);
        if (!uploaded.IsAccepted)
        {
            var rejection = uploaded.Rejection!;
            return new Error(rejection.Code, rejection.LocalizedMessage(culture));
        }

        var now = clock.GetUtcNow();
        var created = Document.Create(
            new NewDocument
            {
                OwnerProfileId = employee.ProfileId,
                Kind = command.Kind,
                Number = command.Number,
                Date = command.Date,
                Title = command.Title,
                AuthorId = employee.EmployeeId,
                Files = uploaded.Files,
                Amount = command.Amount,
                Counterparties = command.Counterparties,
                FolderId = command.FolderId,
                FreeFields = command.FreeFields,
            },
            Guid.CreateVersion7(now),
            now);
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        var document = created.Value;
        return await runner.ExecuteAsync<Document>(
            async (transaction, token) =>
            {
                var added = await transaction.Documents.AddAsync(document, token);
                if (!added.IsSuccess)
                {
                    return added.Error;
                }

                var written = await FlowPassport.WriteAsync(
                    transaction, document.Id, PassportEventType.Created, new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin),
                    now, command.IpAddress, JsonSerializer.Serialize(new { files = document.Files.Select(file => file.Sha256) }), token);
                return written.IsSuccess ? document : written.Error;
            },
            cancellationToken);
    }
}
