using Idocs.Billing.Metering;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Results;
using Idocs.Documents.Billing;
using Microsoft.Extensions.Logging;

namespace Idocs.Storage.Billing;

/// <summary>
/// Answers the document flow's sending questions from billing: <see cref="CheckDocumentAccess"/>
/// decides whether the profile may send, <see cref="RecordDispatch"/> counts one unit per sent
/// document, keyed by the document so that a second delivery counts nothing.
/// </summary>
/// <remarks>
/// NOTE: registration does not open a billing account yet, so a profile without one may send (with a
/// warning in the log) instead of being blocked; its metering fails and stays in the outbox.
/// </remarks>
public sealed partial class BillingSendingPort(CheckDocumentAccess access, RecordDispatch metering, ILogger<BillingSendingPort> logger)
    : ISendingBillingPort
{
    public async Task<Result> CheckSendingAsync(Guid profileId, CancellationToken cancellationToken)
    {
        var checkedAccess = await access.CheckAsync(profileId, DocumentOperation.SendExternal, cancellationToken).ConfigureAwait(false);
        if (checkedAccess.IsSuccess)
        {
            return checkedAccess;
        }

        if (checkedAccess.Error.Code == CommonErrorCodes.NotFound)
        {
            LogNoBillingAccount(logger, profileId);
            return Result.Success();
        }

        LogSendingBlocked(logger, profileId, checkedAccess.Error.Code);
        return Result.Failure(SendingErrorCodes.SendingBlocked, checkedAccess.Error.Message);
    }

    public async Task<Result> MeterAsync(MeteredDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        var recorded = await metering.RunAsync(
            ExternalDispatch.OfDocument(dispatch.ProfileId, dispatch.DocumentId, dispatch.SentAt), cancellationToken).ConfigureAwait(false);
        return recorded.IsSuccess ? Result.Success() : Result.Failure(recorded.Error);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Profile {ProfileId} has no billing account; sending is not checked against a plan")]
    private static partial void LogNoBillingAccount(ILogger logger, Guid profileId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending for profile {ProfileId} is blocked by billing ({ErrorCode})")]
    private static partial void LogSendingBlocked(ILogger logger, Guid profileId, string errorCode);
}
