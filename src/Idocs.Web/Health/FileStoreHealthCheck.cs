using Idocs.Storage.Files;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Idocs.Web.Health;

/// <summary>Reports the file store as unhealthy when it cannot be reached or written.</summary>
public sealed class FileStoreHealthCheck(IFileStore fileStore) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = await fileStore.CheckHealthAsync(cancellationToken);
        return result.IsSuccess
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy(result.Error.Message);
    }
}
