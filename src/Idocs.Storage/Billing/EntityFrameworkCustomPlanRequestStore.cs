using Idocs.Billing.CustomPlans;
using Idocs.Billing.Plans;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Billing;

/// <summary>Custom plan requests in the relational store, saved with a compare-and-swap on their version.</summary>
public sealed class EntityFrameworkCustomPlanRequestStore(DbContextOptions<IdocsDbContext> options) : ICustomPlanRequestStore
{
    private static readonly LoadedVersions<CustomPlanRequest> Versions = new();

    public async Task AddAsync(CustomPlanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var context = new IdocsDbContext(options);
        context.Add(new CustomPlanRequestRow
        {
            Id = request.Id,
            CompanyId = request.CompanyId,
            Features = string.Join(',', request.Terms.Features.OrderBy(feature => feature)),
            MaxMassActionSize = request.Terms.MaxMassActionSize,
            StoragePackageCode = request.StoragePackageCode,
            RequestedBy = request.RequestedBy,
            RequestedAt = request.RequestedAt.ToUniversalTime(),
            Status = request.Status,
            DecidedBy = request.DecidedBy,
            DecidedAt = request.DecidedAt?.ToUniversalTime(),
            StartsOn = request.StartsOn,
            RejectionReason = request.RejectionReason,
        });
        await context.SaveChangesAsync(cancellationToken);
        Versions.Remember(request, 1L);
    }

    public async Task<CustomPlanRequest?> FindAsync(Guid requestId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var loaded = await context.Set<CustomPlanRequestRow>().AsNoTracking()
            .Where(row => row.Id == requestId)
            .Select(row => new { Row = row, Version = EF.Property<long>(row, ConcurrencyVersion.PropertyName) })
            .FirstOrDefaultAsync(cancellationToken);
        if (loaded is null)
        {
            return null;
        }

        var request = ToRequest(loaded.Row);
        Versions.Remember(request, loaded.Version);
        return request;
    }

    public async Task<bool> TrySaveAsync(CustomPlanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var expected = Versions.Get(request);
        var decidedAt = request.DecidedAt?.ToUniversalTime();

        await using var context = new IdocsDbContext(options);
        var updated = await context.Set<CustomPlanRequestRow>()
            .Where(row => row.Id == request.Id && EF.Property<long>(row, ConcurrencyVersion.PropertyName) == expected)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(row => row.Status, request.Status)
                    .SetProperty(row => row.DecidedBy, request.DecidedBy)
                    .SetProperty(row => row.DecidedAt, decidedAt)
                    .SetProperty(row => row.StartsOn, request.StartsOn)
                    .SetProperty(row => row.RejectionReason, request.RejectionReason)
                    .SetProperty(row => EF.Property<long>(row, ConcurrencyVersion.PropertyName), expected + 1),
                cancellationToken);
        if (updated == 0)
        {
            return false;
        }

        Versions.Remember(request, expected + 1);
        return true;
    }

    public async Task<IReadOnlyList<CustomPlanRequest>> ListPendingAsync(CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var loaded = await context.Set<CustomPlanRequestRow>().AsNoTracking()
            .Where(row => row.Status == CustomPlanRequestStatus.Pending)
            .Select(row => new { Row = row, Version = EF.Property<long>(row, ConcurrencyVersion.PropertyName) })
            .ToListAsync(cancellationToken);
        var requests = new List<CustomPlanRequest>(loaded.Count);
        foreach (var item in loaded.OrderBy(item => item.Row.RequestedAt))
        {
            var request = ToRequest(item.Row);
            Versions.Remember(request, item.Version);
            requests.Add(request);
        }

        return requests;
    }

    private static CustomPlanRequest ToRequest(CustomPlanRequestRow row)
    {
        var features = row.Features
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Enum.Parse<PlanFeature>)
            .ToHashSet();
        return CustomPlanRequest.Restore(
            row.Id,
            row.CompanyId,
            new CustomPlanTerms(features, row.MaxMassActionSize),
            row.StoragePackageCode,
            row.RequestedBy,
            row.RequestedAt,
            row.Status,
            row.DecidedBy,
            row.DecidedAt,
            row.StartsOn,
            row.RejectionReason);
    }
}
