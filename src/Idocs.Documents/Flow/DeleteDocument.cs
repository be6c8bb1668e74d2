using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Signing;

namespace Idocs.Documents.Flow;

/// <summary>
/// Deletes a document under <see cref="DocumentDeletionPolicy"/> and writes the Deleted passport
/// event in the same transaction. A document the counterparty signed needs a deletion request instead.
/// </summary>
public sealed class DeleteDocument(DocumentTransactionRunner runner, IEmployeeFactsPort employees, TimeProvider clock)
{
    public async Task<Result<Guid>> DeleteAsync(DocumentActionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var employee = await employees.FindAsync(command.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {command.EmployeeId} was not found or is blocked.");
        }

        return await runner.ExecuteAsync<Guid>(
            async (transaction, token) =>
            {
                var document = await transaction.Documents.FindAsync(command.DocumentId, token);
                if (document is null || document.OwnerProfileId != employee.ProfileId)
                {
                    return new Error(CommonErrorCodes.NotFound, $"Document {command.DocumentId} was not found.");
                }

                var deleted = DocumentDeletionPolicy.Delete(document, employee.EmployeeId);
                if (!deleted.IsSuccess)
                {
                    return deleted.Error;
                }

                var written = await FlowPassport.WriteAsync(
                    transaction, document.Id, PassportEventType.Deleted, new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin),
                    clock.GetUtcNow(), command.IpAddress, "{}", token);
                if (!written.IsSuccess)
                {
                    return written.Error;
                }

                var updated = await transaction.Documents.UpdateAsync(document, token);
                return updated.IsSuccess ? document.Id : updated.Error;
            },
            cancellationToken);
    }
}
