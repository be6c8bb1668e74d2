using Idocs.Common.Results;
using Idocs.Documents.Packages;
using Idocs.Documents.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents;

/// <summary>Packages on the documents transaction's context, filtered by the current profile.</summary>
public sealed class EntityFrameworkPackageStore : IPackageStore
{
    public async Task<Result> AddAsync(IDocumentUnitOfWork transaction, Package package, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(package);
        var dbContext = ContextOf(transaction);
        dbContext.Set<PackageRow>().Add(new PackageRow
        {
            Id = package.Id,
            OwnerProfileId = package.OwnerProfileId,
            AuthorId = package.AuthorId,
            Title = package.Title,
            DocumentIds = string.Join(',', package.DocumentIds.Select(id => id.ToString("D"))),
            CreatedAt = createdAt.ToUniversalTime(),
        });
        return await dbContext.SaveDocumentRowsAsync(cancellationToken);
    }

    public async Task<Package?> FindAsync(IDocumentUnitOfWork transaction, Guid packageId, CancellationToken cancellationToken)
    {
        var row = await ContextOf(transaction).Set<PackageRow>().AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == packageId, cancellationToken);
        return row is null
            ? null
            : new Package(row.Id, row.OwnerProfileId, row.AuthorId, row.Title, [.. row.DocumentIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)]);
    }

    private static Persistence.IdocsDbContext ContextOf(IDocumentUnitOfWork transaction) => transaction is EntityFrameworkDocumentUnitOfWork unitOfWork
        ? unitOfWork.DbContext
        : throw new ArgumentException("Packages are stored in the EF documents transaction only.", nameof(transaction));
}
