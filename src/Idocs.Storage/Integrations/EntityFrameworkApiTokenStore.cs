using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Integrations;

public sealed class EntityFrameworkApiTokenStore(IdocsDbContext dbContext) : IApiTokenStore
{
    public Task<ApiToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        dbContext.Set<ApiToken>().AsNoTracking().SingleOrDefaultAsync(token => token.TokenHash == tokenHash, cancellationToken);

    public Task<ApiToken?> FindAsync(Guid profileId, Guid tokenId, CancellationToken cancellationToken) =>
        dbContext.Set<ApiToken>().SingleOrDefaultAsync(token => token.Id == tokenId && token.ProfileId == profileId, cancellationToken);

    public async Task<IReadOnlyList<ApiToken>> ListAsync(Guid profileId, CancellationToken cancellationToken) =>
        await dbContext.Set<ApiToken>()
            .Where(token => token.ProfileId == profileId)
            .OrderBy(token => token.Id)
            .ToListAsync(cancellationToken);

    public void Add(ApiToken token) => dbContext.Set<ApiToken>().Add(token);

    public Task RecordUseAsync(Guid tokenId, DateTimeOffset usedAt, CancellationToken cancellationToken) =>
        dbContext.Set<ApiToken>()
            .Where(token => token.Id == tokenId)
            .ExecuteUpdateAsync(update => update.SetProperty(token => token.LastUsedAt, usedAt), cancellationToken);

    public void AddCall(ApiCallRecord call) => dbContext.Set<ApiCallRecord>().Add(call);

    public Task SaveChangesAsync(CancellationToken cancellationToken) => dbContext.SaveChangesAsync(cancellationToken);

    public async Task<IReadOnlyList<ApiCallRecord>> ListCallsAsync(Guid profileId, Guid? tokenId, int limit, CancellationToken cancellationToken)
    {
        var calls = dbContext.Set<ApiCallRecord>().AsNoTracking().Where(call => call.ProfileId == profileId);
        if (tokenId is { } id)
        {
            calls = calls.Where(call => call.TokenId == id);
        }

        // Ids are version 7 GUIDs, so they order by creation time on both providers.
        return await calls.OrderByDescending(call => call.Id).Take(limit).ToListAsync(cancellationToken);
    }
}
