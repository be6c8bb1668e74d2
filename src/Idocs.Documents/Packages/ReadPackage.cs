using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Signing;
using Idocs.Documents.UnitOfWork;

namespace Idocs.Documents.Packages;

/// <summary>
/// Reads a package and those of its documents the employee may see under the documents' own access
/// rules. A package none of whose documents the employee may see is not found.
/// </summary>
public sealed class ReadPackage(IDocumentUnitOfWorkFactory transactions, IPackageStore packages, IEmployeeFactsPort employees, ReadDocument reader)
{
    public async Task<Result<PackageView>> GetAsync(Guid packageId, Guid employeeId, CancellationToken cancellationToken)
    {
        var notFound = new Error(CommonErrorCodes.NotFound, $"Package {packageId} was not found.");
        var employee = await employees.FindAsync(employeeId, cancellationToken);
        if (employee is null)
        {
            return notFound;
        }

        Package? package;
        await using (var transaction = await transactions.BeginAsync(cancellationToken))
        {
            package = await packages.FindAsync(transaction, packageId, cancellationToken);
        }

        if (package is null || package.OwnerProfileId != employee.ProfileId)
        {
            return notFound;
        }

        var documents = new List<Document>(package.DocumentIds.Count);
        foreach (var documentId in package.DocumentIds)
        {
            var document = await reader.GetAsync(documentId, employeeId, cancellationToken);
            if (document.IsSuccess)
            {
                documents.Add(document.Value);
            }
        }

        return documents.Count == 0 ? notFound : new PackageView(package, documents);
    }
}
