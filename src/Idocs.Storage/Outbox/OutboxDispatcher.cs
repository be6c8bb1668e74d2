using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Idocs.Storage.Outbox;

/// <summary>
/// Background service that claims due outbox messages, hands each to the <see cref="IOutboxHandler"/>
/// of its type, deletes it on success, and on failure retries it with exponential back-off until
/// <see cref="OutboxOptions.MaxAttempts"/>, after which it moves to the dead letters.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopeFactory,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    /// <summary>Name this dispatcher writes into <see cref="OutboxMessage.ClaimedBy"/>; unique per instance.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Claims one batch and delivers it. Returns the number of messages claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxMessage> batch;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var dbContext = scope.ServiceProvider.GetRequiredService<IdocsDbContext>();
            IOutboxClaimer claimer = dbContext.Database.IsNpgsql() ? new PostgreSqlOutboxClaimer() : new SqliteOutboxClaimer();
            var now = clock.GetUtcNow();
            var claim = new OutboxClaim(InstanceId, now, now + _options.ClaimDuration, _options.BatchSize);
            batch = await claimer.ClaimAsync(dbContext, claim, cancellationToken);
        }

        foreach (var message in batch)
        {
            await DeliverAsync(message, cancellationToken);
        }

        return batch.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            logger.LogInformation("Outbox dispatcher is disabled by Outbox:Enabled");
            return;
        }

        logger.LogInformation("Outbox dispatcher {OutboxDispatcherId} started", InstanceId);
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // The loop must survive a lost connection or a restarting database; it polls again.
                logger.LogError(exception, "Outbox dispatcher {OutboxDispatcherId} failed to poll; retrying in {PollInterval}", InstanceId, _options.PollInterval);
            }

            if (claimed == 0)
            {
                try
                {
                    await Task.Delay(_options.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        logger.LogInformation("Outbox dispatcher {OutboxDispatcherId} stopped", InstanceId);
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var outcome = await OutboxHandlerInvoker.InvokeAsync(scope.ServiceProvider, message, logger, cancellationToken);

        var dbContext = scope.ServiceProvider.GetRequiredService<IdocsDbContext>();
        var recorder = new OutboxOutcomeRecorder(dbContext, _options, clock, logger, InstanceId);
        if (outcome.IsSuccess)
        {
            await recorder.RecordSuccessAsync(message, cancellationToken);
        }
        else
        {
            await recorder.RecordFailureAsync(message, outcome.Error, cancellationToken);
        }
    }
}
