using Idocs.Common.Results;
using Idocs.Documents.LinkAccess;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents;

/// <summary>
/// Link tokens. They are not filtered by profile: the person using a link has no profile, and the
/// token's hash and document id are what bind it. An update checks the token's version, so of two
/// requests using one token at once only the first succeeds.
/// </summary>
public sealed class EntityFrameworkLinkTokenStore(IdocsDbContext dbContext) : ILinkTokenStore
{
    public async Task<Result> AddAsync(LinkToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);

        dbContext.Set<LinkTokenRow>().Add(DocumentRowMapper.ToRow(token));
        var saved = await dbContext.SaveDocumentRowsAsync(cancellationToken);
        return saved.IsSuccess || saved.Error.Code != StorageErrorCodes.UniqueViolation
            ? saved
            : Result.Failure(CommonErrorCodes.InvalidInput, $"Link token {token.Id} or its hash already exists; issue a new token.");
    }

    public async Task<Result> UpdateAsync(LinkToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);

        var row = await dbContext.Set<LinkTokenRow>().FirstOrDefaultAsync(candidate => candidate.Id == token.Id, cancellationToken);
        if (row is null)
        {
            return Result.Failure(CommonErrorCodes.NotFound, $"Link token {token.Id} was not found.");
        }

        var version = dbContext.Entry(row).Property<long>(ConcurrencyVersion.PropertyName);
        if (version.CurrentValue != token.Version)
        {
            dbContext.DetachDocumentRows();
            return Conflict(token.Id);
        }

        var changed = DocumentRowMapper.ToRow(token);
        row.ExpiresAt = changed.ExpiresAt;
        row.UsedAt = changed.UsedAt;
        row.SupersededAt = changed.SupersededAt;
        dbContext.Entry(row).State = EntityState.Modified;
        version.OriginalValue = token.Version;
        var saved = await dbContext.SaveDocumentRowsAsync(cancellationToken);
        return saved.IsSuccess || !DocumentRowTracking.IsConflict(saved.Error) ? saved : Conflict(token.Id);
    }

    public async Task<LinkToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);

        var found = await dbContext.Set<LinkTokenRow>().AsNoTracking()
            .Where(row => row.TokenHash == tokenHash)
            .Select(row => new { Row = row, Version = EF.Property<long>(row, ConcurrencyVersion.PropertyName) })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : DocumentRowMapper.ToToken(found.Row, found.Version);
    }

    public async Task<IReadOnlyList<LinkToken>> ListActiveAsync(Guid documentId, string recipientEmail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipientEmail);

        var found = await dbContext.Set<LinkTokenRow>().AsNoTracking()
            .Where(row => row.DocumentId == documentId && row.RecipientEmail == recipientEmail && row.UsedAt == null && row.SupersededAt == null)
            .Select(row => new { Row = row, Version = EF.Property<long>(row, ConcurrencyVersion.PropertyName) })
            .ToListAsync(cancellationToken);
        return [.. found.Select(item => DocumentRowMapper.ToToken(item.Row, item.Version))];
    }

    private static Error Conflict(Guid tokenId) => new(
        CommonErrorCodes.ConcurrencyConflict,
        $"Link token {tokenId} was changed by another request after it was read.");
}
