using Idocs.Billing;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Results;
using Idocs.Documents.Profiles;
using Idocs.Storage.Accounts;
using Idocs.Storage.Outbox;

namespace Idocs.Storage.Billing;

/// <summary>
/// Opens the billing account of each newly registered profile, which starts its free trial. A
/// repeated delivery finds the account already open and succeeds without changing the trial.
/// </summary>
public sealed class ProfileRegisteredBillingHandler(OpenBillingAccount openAccount) : IOutboxHandler
{
    public string MessageType { get; } = EntityFrameworkAccountEventOutbox.MessageType(typeof(ProfileRegistered));

    public async Task<Result> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var registered = AccountsJson.Deserialize<ProfileRegistered>(message.Payload);
        var opened = await openAccount.RunAsync(registered.ProfileId, timeZoneId: null, cancellationToken);

        return opened.IsSuccess || opened.Error.Code == BillingErrorCodes.AccountAlreadyExists
            ? Result.Success()
            : opened.Error;
    }
}
