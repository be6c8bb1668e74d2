using Idocs.Documents.Integrations.Webhooks;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Integrations;

public sealed class EntityFrameworkWebhookStore(IdocsDbContext dbContext) : IWebhookStore
{
    public void Add(WebhookSubscription subscription) => dbContext.Set<WebhookSubscription>().Add(subscription);

    public Task<WebhookSubscription?> FindAsync(Guid profileId, Guid subscriptionId, CancellationToken cancellationToken) =>
        dbContext.Set<WebhookSubscription>()
            .SingleOrDefaultAsync(subscription => subscription.Id == subscriptionId && subscription.ProfileId == profileId, cancellationToken);

    public async Task<IReadOnlyList<WebhookSubscription>> ListActiveAsync(Guid profileId, CancellationToken cancellationToken) =>
        await dbContext.Set<WebhookSubscription>()
            .Where(subscription => subscription.ProfileId == profileId && subscription.RemovedAt == null)
            .OrderBy(subscription => subscription.Id)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<WebhookDeliveryAttempt>> ListAttemptsAsync(Guid profileId, int limit, CancellationToken cancellationToken) =>
        await dbContext.Set<WebhookDeliveryAttempt>()
            .AsNoTracking()
            .Where(attempt => attempt.ProfileId == profileId)
            .OrderByDescending(attempt => attempt.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public Task SaveChangesAsync(CancellationToken cancellationToken) => dbContext.SaveChangesAsync(cancellationToken);
}
