using Idocs.Documents.Integrations.Idempotency;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Api.Idempotency;

/// <summary>Deletes expired idempotency records on a timer; it only delegates to the store.</summary>
public sealed partial class IdempotencyPurgeService(
    IServiceScopeFactory scopes,
    IOptions<IdempotencyOptions> options,
    TimeProvider clock,
    ILogger<IdempotencyPurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await PurgeOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task PurgeOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IIdempotencyStore>();
            var deleted = await store.PurgeExpiredAsync(clock.GetUtcNow(), stoppingToken);
            LogPurged(deleted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPurgeFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted {Count} expired idempotency records")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deleting expired idempotency records failed; the next timer tick retries")]
    private partial void LogPurgeFailed(Exception exception);
}
