using Idocs.Billing;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Results;
using Idocs.Documents.Profiles;
using Idocs.Storage.Accounts;
using Idocs.Storage.Outbox;
using Microsoft.Extensions.Logging;

namespace Idocs.Storage.Billing;

/// <summary>
/// Outbox handler that opens the billing account of each new profile, which starts its free trial.
/// A repeated delivery finds the account already open and succeeds without changing the trial.
/// </summary>
public sealed class ProfileRegisteredBillingHandler(OpenBillingAccount openAccount, ILogger<ProfileRegisteredBillingHandler> logger) : IOutboxHandler
{
    public string MessageType { get; } = EntityFrameworkAccountEventOutbox.MessageType(typeof(ProfileRegistered));

    public async Task<Result> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var registered = AccountsJson.Deserialize<ProfileRegistered>(message.Payload);
        var opened = await openAccount.RunAsync(registered.ProfileId, timeZoneId: null, cancellationToken);
        if (opened.IsSuccess || opened.Error.Code == BillingErrorCodes.AccountAlreadyExists)
        {
            return Result.Success();
        }

        logger.LogWarning(
            "Failed to open the billing account of profile {ProfileId}: {ErrorCode}",
            registered.ProfileId,
            opened.Error.Code);
        return opened.Error;
    }
}
