using Idocs.Billing;
using Idocs.Billing.Subscriptions;
using Idocs.Storage.Outbox;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Idocs.Storage.Billing.Email;

/// <summary>
/// Queues the due trial emails of every company. Each reminder's idempotency key is inserted with
/// its outbox message in one transaction, and the key's primary key rejects a second insert, so a
/// rerun or a second node queues each reminder once.
/// </summary>
public sealed class QueueTrialReminders(
    IBillingAccountStore accounts,
    DbContextOptions<IdocsDbContext> contextOptions,
    TimeProvider clock,
    IOptions<BillingOptions> options,
    ILogger<QueueTrialReminders> logger)
{
    /// <summary>Returns the number of emails queued now.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var leadTimes = options.Value.ReminderLeadTimesOrDefault();
        var queued = 0;
        foreach (var companyId in await accounts.ListCompanyIdsAsync(cancellationToken))
        {
            var account = await accounts.FindAsync(companyId, cancellationToken);
            if (account is null)
            {
                continue;
            }

            foreach (var reminder in TrialReminders.Due(account, now, leadTimes))
            {
                // A reminder before the end is pointless once the trial has ended; the "ended" email covers it.
                if (!reminder.TrialEnded && now >= account.TrialEndsAt)
                {
                    continue;
                }

                if (await TryQueueAsync(reminder, account.TrialEndsAt, cancellationToken))
                {
                    queued++;
                }
            }
        }

        if (queued > 0)
        {
            logger.LogInformation("Queued {TrialEmailCount} trial emails", queued);
        }

        return queued;
    }

    private async Task<bool> TryQueueAsync(TrialReminder reminder, DateTimeOffset trialEndsAt, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(contextOptions);
        context.Add(new BillingEmailKeyRow { Key = reminder.IdempotencyKey, CompanyId = reminder.CompanyId, QueuedAt = clock.GetUtcNow() });
        var kind = reminder.TrialEnded ? BillingEmailKind.TrialEnded : BillingEmailKind.TrialEndingSoon;
        new EntityFrameworkOutbox(context, clock).Enqueue(
            BillingEmailRequest.MessageType,
            new BillingEmailRequest(kind, reminder.CompanyId, null, trialEndsAt.ToUniversalTime()));
        var saved = await context.TrySaveChangesAsync(cancellationToken);
        if (saved.IsSuccess)
        {
            return true;
        }

        return saved.Error.Code == StorageErrorCodes.UniqueViolation
            ? false
            : throw new InvalidOperationException($"Queuing the trial email {reminder.IdempotencyKey} failed: {saved.Error.Message}");
    }
}
