using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Signing;
using Idocs.Documents.UnitOfWork;

namespace Idocs.Documents.Deletion;

/// <summary>The deletion requests of one document, for an employee of the owning profile who may see it.</summary>
public sealed class ListDeletionRequests(IDocumentUnitOfWorkFactory transactions, IDeletionRequestStore requests, IEmployeeFactsPort employees)
{
    public async Task<Result<IReadOnlyList<DeletionRequest>>> ListAsync(Guid documentId, Guid employeeId, CancellationToken cancellationToken)
    {
        var employee = await employees.FindAsync(employeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {employeeId} was not found or is blocked.");
        }

        await using var transaction = await transactions.BeginAsync(cancellationToken);
        var document = await transaction.Documents.FindAsync(documentId, cancellationToken);
        if (document is null || document.OwnerProfileId != employee.ProfileId)
        {
            return new Error(CommonErrorCodes.NotFound, $"Document {documentId} was not found.");
        }

        var listed = await requests.ListForDocumentAsync(transaction, documentId, cancellationToken);
        return Result<IReadOnlyList<DeletionRequest>>.Success(listed);
    }
}
