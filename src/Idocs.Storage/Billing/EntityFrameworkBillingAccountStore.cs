using System.Text.Json;
using Idocs.Billing.Subscriptions;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Billing;

/// <summary>
/// Billing accounts in the relational store. A save compares and swaps the row's concurrency
/// version, so a save based on a stale load returns false instead of overwriting.
/// </summary>
public sealed class EntityFrameworkBillingAccountStore(DbContextOptions<IdocsDbContext> options) : IBillingAccountStore
{
    private static readonly LoadedVersions<BillingAccount> Versions = new();

    public async Task<bool> TryAddAsync(BillingAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var context = new IdocsDbContext(options);
        context.Add(new BillingAccountRow
        {
            CompanyId = account.CompanyId,
            TimeZoneId = account.TimeZoneId,
            RegisteredAt = account.RegisteredAt.ToUniversalTime(),
            TrialEndsAt = account.TrialEndsAt.ToUniversalTime(),
            TermsJson = SerializeTerms(account),
            BillingContactsJson = JsonSerializer.Serialize(account.BillingContacts, BillingJson.Options),
        });
        var saved = await context.TrySaveChangesAsync(cancellationToken);
        if (!saved.IsSuccess)
        {
            return saved.Error.Code == StorageErrorCodes.UniqueViolation
                ? false
                : throw new InvalidOperationException($"Adding the billing account of company {account.CompanyId} failed: {saved.Error.Message}");
        }

        Versions.Remember(account, 1L);
        return true;
    }

    public async Task<BillingAccount?> FindAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var loaded = await context.Set<BillingAccountRow>().AsNoTracking()
            .Where(row => row.CompanyId == companyId)
            .Select(row => new { Row = row, Version = EF.Property<long>(row, ConcurrencyVersion.PropertyName) })
            .FirstOrDefaultAsync(cancellationToken);
        if (loaded is null)
        {
            return null;
        }

        var terms = JsonSerializer.Deserialize<List<SubscriptionTermDocument>>(loaded.Row.TermsJson, BillingJson.Options) ?? [];
        var contacts = JsonSerializer.Deserialize<List<string>>(loaded.Row.BillingContactsJson, BillingJson.Options) ?? [];
        var account = BillingAccount.Restore(
            loaded.Row.CompanyId,
            loaded.Row.TimeZoneId,
            loaded.Row.RegisteredAt,
            loaded.Row.TrialEndsAt,
            terms.Select(term => term.ToTerm()),
            contacts);
        Versions.Remember(account, loaded.Version);
        return account;
    }

    public async Task<bool> TrySaveAsync(BillingAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var expected = Versions.Get(account);
        var termsJson = SerializeTerms(account);
        var contactsJson = JsonSerializer.Serialize(account.BillingContacts, BillingJson.Options);

        await using var context = new IdocsDbContext(options);
        var updated = await context.Set<BillingAccountRow>()
            .Where(row => row.CompanyId == account.CompanyId && EF.Property<long>(row, ConcurrencyVersion.PropertyName) == expected)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(row => row.TermsJson, termsJson)
                    .SetProperty(row => row.BillingContactsJson, contactsJson)
                    .SetProperty(row => EF.Property<long>(row, ConcurrencyVersion.PropertyName), expected + 1),
                cancellationToken);
        if (updated == 0)
        {
            return false;
        }

        Versions.Remember(account, expected + 1);
        return true;
    }

    public async Task<IReadOnlyList<Guid>> ListCompanyIdsAsync(CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        return await context.Set<BillingAccountRow>().AsNoTracking()
            .OrderBy(row => row.CompanyId)
            .Select(row => row.CompanyId)
            .ToListAsync(cancellationToken);
    }

    private static string SerializeTerms(BillingAccount account) =>
        JsonSerializer.Serialize(account.Terms.Select(SubscriptionTermDocument.From).ToList(), BillingJson.Options);
}
