using Idocs.Common.Results;
using Idocs.Documents.UnitOfWork;

namespace Idocs.Documents.Packages;

/// <summary>Packages of the current profile, stored in the same transaction as their documents.</summary>
public interface IPackageStore
{
    Task<Result> AddAsync(IDocumentUnitOfWork transaction, Package package, DateTimeOffset createdAt, CancellationToken cancellationToken);

    Task<Package?> FindAsync(IDocumentUnitOfWork transaction, Guid packageId, CancellationToken cancellationToken);
}
