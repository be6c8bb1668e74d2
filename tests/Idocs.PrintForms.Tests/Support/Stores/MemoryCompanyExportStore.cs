using System.Collections.Concurrent;
using Idocs.Common.Results;
using Idocs.PrintForms.Archives.Bulk;

namespace Idocs.PrintForms.Tests.Support.Stores;

/// <summary>Bulk exports in memory; keeps every saved version so tests can follow the progress.</summary>
public sealed class MemoryCompanyExportStore : ICompanyExportStore
{
    private readonly ConcurrentDictionary<Guid, CompanyExport> _exports = new();
    private readonly ConcurrentQueue<CompanyExport> _history = new();
    private readonly Lock _claimGate = new();

    public IReadOnlyList<CompanyExport> History => [.. _history];

    public Task AddAsync(CompanyExport export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        _exports[export.Id] = export;
        _history.Enqueue(export);
        return Task.CompletedTask;
    }

    public Task<CompanyExport?> FindAsync(Guid exportId, CancellationToken cancellationToken) =>
        Task.FromResult(_exports.GetValueOrDefault(exportId));

    public Task<CompanyExport?> ClaimNextAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_claimGate)
        {
            var next = _exports.Values.Where(export => export.Status == CompanyExportStatus.Queued).OrderBy(export => export.RequestedAt).FirstOrDefault();
            if (next is null)
            {
                return Task.FromResult<CompanyExport?>(null);
            }

            var claimed = next with { Status = CompanyExportStatus.Running, StartedAt = now };
            _exports[claimed.Id] = claimed;
            _history.Enqueue(claimed);
            return Task.FromResult<CompanyExport?>(claimed);
        }
    }

    public Task<Result> UpdateAsync(CompanyExport export, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        _exports[export.Id] = export;
        _history.Enqueue(export);
        return Task.FromResult(Result.Success());
    }
}
