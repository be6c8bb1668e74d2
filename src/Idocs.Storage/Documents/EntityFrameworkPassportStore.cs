using Idocs.Common.Results;
using Idocs.Documents.Passport;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents;

/// <summary>
/// Passport events, insert only. Each append also moves the document's head row (count and last
/// hash) in the same save. A passport is readable and writable only while its document is visible
/// in the current profile.
/// </summary>
public sealed class EntityFrameworkPassportStore(IdocsDbContext dbContext, TimeProvider clock) : IPassportStore
{
    public async Task<Result> AppendAsync(PassportEvent passportEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passportEvent);
        if (PassportChain.ComputeHash(passportEvent) != passportEvent.Hash)
        {
            throw new ArgumentException(
                $"Passport event {passportEvent.Sequence} of document {passportEvent.DocumentId} has a hash that does not match its content; build events with PassportChain.Append.",
                nameof(passportEvent));
        }

        if (!await IsDocumentVisibleAsync(passportEvent.DocumentId, cancellationToken))
        {
            return Result.Failure(CommonErrorCodes.NotFound, $"Document {passportEvent.DocumentId} was not found in the current profile.");
        }

        var heads = dbContext.Set<PassportHeadRow>();
        var head = await heads.FirstOrDefaultAsync(row => row.DocumentId == passportEvent.DocumentId, cancellationToken);
        var expectedCount = passportEvent.Sequence - 1;
        if ((head?.Count ?? 0) != expectedCount || (head?.LastHash ?? PassportChain.GenesisHash) != passportEvent.PreviousHash)
        {
            dbContext.DetachDocumentRows();
            return Conflict(passportEvent);
        }

        if (head is null)
        {
            heads.Add(new PassportHeadRow { DocumentId = passportEvent.DocumentId, Count = 1, LastHash = passportEvent.Hash });
        }
        else
        {
            head.Count = passportEvent.Sequence;
            head.LastHash = passportEvent.Hash;
        }

        dbContext.Set<PassportEventRow>().Add(DocumentRowMapper.ToRow(passportEvent, clock.GetUtcNow()));
        var saved = await dbContext.SaveDocumentRowsAsync(cancellationToken);
        return saved.IsSuccess || !DocumentRowTracking.IsConflict(saved.Error) ? saved : Conflict(passportEvent);
    }

    public async Task<IReadOnlyList<PassportEvent>> ListAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (!await IsDocumentVisibleAsync(documentId, cancellationToken))
        {
            return [];
        }

        var rows = await dbContext.Set<PassportEventRow>().AsNoTracking()
            .Where(row => row.DocumentId == documentId)
            .OrderBy(row => row.Sequence)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(DocumentRowMapper.ToEvent)];
    }

    public async Task<PassportHead?> FindHeadAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (!await IsDocumentVisibleAsync(documentId, cancellationToken))
        {
            return null;
        }

        var head = await dbContext.Set<PassportHeadRow>().AsNoTracking()
            .FirstOrDefaultAsync(row => row.DocumentId == documentId, cancellationToken);
        return head is null ? null : new PassportHead(head.Count, head.LastHash);
    }

    private Task<bool> IsDocumentVisibleAsync(Guid documentId, CancellationToken cancellationToken) =>
        dbContext.Set<DocumentRow>().AnyAsync(row => row.Id == documentId, cancellationToken);

    private static Error Conflict(PassportEvent passportEvent) => new(
        CommonErrorCodes.ConcurrencyConflict,
        $"Passport event {passportEvent.Sequence} of document {passportEvent.DocumentId} does not follow the stored last event; another change of the document was written first. Reload the document and try again.");
}
