using Idocs.Signatures.Revocation.Crl;

namespace Idocs.Web.Signatures;

/// <summary>
/// Refreshes the configured CRLs when the host starts and then every
/// <see cref="CrlOptions.RefreshInterval"/>. The CRL cache lives in each process, so every node
/// runs this itself instead of sharing one clustered scheduler job.
/// </summary>
public sealed partial class CrlRefreshService(
    CrlRefresher refresher, CrlOptions options, ILogger<CrlRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Sources.Count == 0)
        {
            LogNoSources(logger);
            return;
        }

        using var timer = new PeriodicTimer(options.RefreshInterval);
        do
        {
            var report = await refresher.RefreshAsync(stoppingToken);
            LogRefreshed(logger, report.Loaded, report.Failures.Count);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No CRL sources are configured in Signatures:Crl:Sources; revocation relies on OCSP")]
    private static partial void LogNoSources(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed CRLs: {LoadedCount} loaded, {FailedCount} failed")]
    private static partial void LogRefreshed(ILogger logger, int loadedCount, int failedCount);
}
