using Idocs.Common.Results;
using Idocs.Documents.Deletion;
using Idocs.Documents.Documents;
using Idocs.Documents.UnitOfWork;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents;

/// <summary>
/// Deletion requests on the documents transaction's context, filtered by the current profile;
/// support's reads use a context of their own and cross profiles on purpose.
/// </summary>
public sealed class EntityFrameworkDeletionRequestStore(DbContextOptions<IdocsDbContext> options) : IDeletionRequestStore
{
    public async Task<Result> AddAsync(IDocumentUnitOfWork transaction, Guid ownerProfileId, DeletionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dbContext = ContextOf(transaction);
        var row = new DeletionRequestRow { Id = request.Id, OwnerProfileId = ownerProfileId };
        Copy(request, row);
        dbContext.Set<DeletionRequestRow>().Add(row);
        return await dbContext.SaveDocumentRowsAsync(cancellationToken);
    }

    public async Task<Result> UpdateAsync(IDocumentUnitOfWork transaction, DeletionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dbContext = ContextOf(transaction);
        var row = await dbContext.Set<DeletionRequestRow>().FirstOrDefaultAsync(candidate => candidate.Id == request.Id, cancellationToken);
        if (row is null)
        {
            return Result.Failure(CommonErrorCodes.NotFound, $"Deletion request {request.Id} was not found.");
        }

        Copy(request, row);
        var saved = await dbContext.SaveDocumentRowsAsync(cancellationToken);
        return saved.IsSuccess || !DocumentRowTracking.IsConflict(saved.Error)
            ? saved
            : Result.Failure(CommonErrorCodes.ConcurrencyConflict, $"Deletion request {request.Id} changed concurrently.");
    }

    public async Task<DeletionRequest?> FindAsync(IDocumentUnitOfWork transaction, Guid requestId, CancellationToken cancellationToken)
    {
        var row = await ContextOf(transaction).Set<DeletionRequestRow>().AsNoTracking()
            .FirstOrDefaultAsync(candidate => candidate.Id == requestId, cancellationToken);
        return row is null ? null : ToDomain(row);
    }

    public async Task<IReadOnlyList<DeletionRequest>> ListForDocumentAsync(IDocumentUnitOfWork transaction, Guid documentId, CancellationToken cancellationToken)
    {
        var rows = await ContextOf(transaction).Set<DeletionRequestRow>().AsNoTracking()
            .Where(row => row.DocumentId == documentId)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(row => row.RequestedAt).ThenBy(row => row.Id).Select(ToDomain)];
    }

    public async Task<Guid?> FindOwnerForSupportAsync(Guid requestId, CancellationToken cancellationToken)
    {
        await using var dbContext = new IdocsDbContext(options);
        return await dbContext.Set<DeletionRequestRow>().IgnoreQueryFilters([TenantQueryFilter.FilterName]).AsNoTracking()
            .Where(row => row.Id == requestId)
            .Select(row => (Guid?)row.OwnerProfileId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeletionRequestForSupport>> ListPendingForSupportAsync(CancellationToken cancellationToken)
    {
        await using var dbContext = new IdocsDbContext(options);
        var pending = DeletionRequestStatus.Pending.ToString();
        var rows = await dbContext.Set<DeletionRequestRow>().IgnoreQueryFilters([TenantQueryFilter.FilterName]).AsNoTracking()
            .Where(row => row.Status == pending)
            .Join(
                dbContext.Set<DocumentRow>().IgnoreQueryFilters([TenantQueryFilter.FilterName]),
                request => request.DocumentId,
                document => document.Id,
                (request, document) => new { Request = request, document.Number, document.Title })
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.OrderBy(item => item.Request.RequestedAt).ThenBy(item => item.Request.Id)
                .Select(item => new DeletionRequestForSupport(ToDomain(item.Request), item.Request.OwnerProfileId, item.Number, item.Title)),
        ];
    }

    private static IdocsDbContext ContextOf(IDocumentUnitOfWork transaction) => transaction is EntityFrameworkDocumentUnitOfWork unitOfWork
        ? unitOfWork.DbContext
        : throw new ArgumentException("Deletion requests are stored in the EF documents transaction only.", nameof(transaction));

    private static void Copy(DeletionRequest request, DeletionRequestRow row)
    {
        row.DocumentId = request.DocumentId;
        row.RequestedBy = request.RequestedBy;
        row.Reason = request.Reason;
        row.SupportingFileSha256 = request.SupportingFileSha256;
        row.RequestedAt = request.RequestedAt.ToUniversalTime();
        row.Status = request.Status.ToString();
        row.SupportComment = request.SupportComment;
        row.DecidedBy = request.DecidedBy;
        row.DecidedAt = request.DecidedAt?.ToUniversalTime();
    }

    private static DeletionRequest ToDomain(DeletionRequestRow row) => DeletionRequest.Restore(new DeletionRequestSnapshot
    {
        Id = row.Id,
        DocumentId = row.DocumentId,
        RequestedBy = row.RequestedBy,
        Reason = row.Reason,
        SupportingFileSha256 = row.SupportingFileSha256,
        RequestedAt = row.RequestedAt,
        Status = Enum.Parse<DeletionRequestStatus>(row.Status),
        SupportComment = row.SupportComment,
        DecidedBy = row.DecidedBy,
        DecidedAt = row.DecidedAt,
    });
}
