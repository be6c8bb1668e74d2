using Idocs.PrintForms.Archives.Bulk;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Exports;

/// <summary>
/// Runs queued bulk exports, one at a time per node: claims the oldest queued export, writes it
/// through <see cref="CompanyExportRunner"/> in a fresh scope, and otherwise waits
/// <see cref="CompanyExportOptions.PollSeconds"/>. A failing iteration is logged and the loop goes on.
/// </summary>
public sealed partial class CompanyExportWorker(
    IServiceScopeFactory scopes,
    IOptions<CompanyExportOptions> options,
    TimeProvider clock,
    ILogger<CompanyExportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            bool ranOne;
            try
            {
                ranOne = await RunNextAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogIterationFailed(exception);
                ranOne = false;
            }

            if (!ranOne)
            {
                try
                {
                    await Task.Delay(idle, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and runs one queued export; returns false when none was queued.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope)
        {
            var store = scope.ServiceProvider.GetRequiredService<ICompanyExportStore>();
            var claimed = await store.ClaimNextAsync(clock.GetUtcNow(), cancellationToken);
            if (claimed is null)
            {
                return false;
            }

            await scope.ServiceProvider.GetRequiredService<CompanyExportRunner>().RunAsync(claimed, cancellationToken);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Bulk export worker iteration failed; retrying after the poll interval")]
    private partial void LogIterationFailed(Exception exception);
}
