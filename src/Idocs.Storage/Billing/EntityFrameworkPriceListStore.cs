using Idocs.Billing.Money;
using Idocs.Billing.Plans;
using Idocs.Billing.PriceLists;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Billing;

/// <summary>Price list versions in the relational store. Rows are insert-only and unique on version and on effective date.</summary>
public sealed class EntityFrameworkPriceListStore(DbContextOptions<IdocsDbContext> options) : IPriceListStore
{
    public async Task<IReadOnlyList<PriceList>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var heads = await context.Set<PriceListRow>().AsNoTracking().ToListAsync(cancellationToken);
        var plans = await context.Set<PlanPriceRow>().AsNoTracking().ToListAsync(cancellationToken);
        var features = await context.Set<FeaturePriceRow>().AsNoTracking().ToListAsync(cancellationToken);
        var packages = await context.Set<StoragePackageRow>().AsNoTracking().ToListAsync(cancellationToken);

        var result = new List<PriceList>(heads.Count);
        foreach (var head in heads.OrderBy(row => row.EffectiveFrom))
        {
            var created = PriceList.Create(
                head.Id,
                head.PriceListVersion,
                head.EffectiveFrom,
                head.PublishedAt,
                head.PublishedBy,
                plans.Where(row => row.PriceListId == head.Id).Select(ToTerms),
                features.Where(row => row.PriceListId == head.Id).ToDictionary(row => row.Feature, row => Tenge.Of(row.Price)),
                packages.Where(row => row.PriceListId == head.Id)
                    .OrderBy(row => row.SizeBytes)
                    .Select(row => new StoragePackage(row.Code, row.SizeBytes, Tenge.Of(row.MonthlyFee))));
            if (!created.IsSuccess)
            {
                throw new InvalidOperationException(
                    $"The stored price list version {head.PriceListVersion} is invalid: {created.Error.Message}");
            }

            result.Add(created.Value);
        }

        return result;
    }

    public async Task<bool> TryAddAsync(PriceList priceList, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(priceList);
        await using var context = new IdocsDbContext(options);
        context.Add(new PriceListRow
        {
            Id = priceList.Id,
            PriceListVersion = priceList.Version,
            EffectiveFrom = priceList.EffectiveFrom,
            PublishedAt = priceList.PublishedAt.ToUniversalTime(),
            PublishedBy = priceList.PublishedBy,
        });
        foreach (var terms in priceList.Plans.Values)
        {
            context.Add(new PlanPriceRow
            {
                PriceListId = priceList.Id,
                Plan = terms.Plan,
                MonthlyFee = terms.MonthlyFee.Amount,
                PricePerExternalDocument = terms.PricePerExternalDocument.Amount,
                MaxMassActionSize = terms.Limits.MaxMassActionSize,
                Designer = terms.Limits.Designer,
                ApiAccess = terms.Limits.ApiAccess,
            });
        }

        foreach (var (feature, price) in priceList.FeaturePrices)
        {
            context.Add(new FeaturePriceRow { PriceListId = priceList.Id, Feature = feature, Price = price.Amount });
        }

        foreach (var package in priceList.StoragePackages)
        {
            context.Add(new StoragePackageRow
            {
                PriceListId = priceList.Id,
                Code = package.Code,
                SizeBytes = package.SizeBytes,
                MonthlyFee = package.MonthlyFee.Amount,
            });
        }

        var saved = await context.TrySaveChangesAsync(cancellationToken);
        if (saved.IsSuccess)
        {
            return true;
        }

        return saved.Error.Code == StorageErrorCodes.UniqueViolation
            ? false
            : throw new InvalidOperationException($"Adding price list version {priceList.Version} failed: {saved.Error.Message}");
    }

    private static PlanTerms ToTerms(PlanPriceRow row) =>
        new(
            row.Plan,
            Tenge.Of(row.MonthlyFee),
            Tenge.Of(row.PricePerExternalDocument),
            new PlanLimits(row.MaxMassActionSize, row.Designer, row.ApiAccess));
}
