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

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending for profile {ProfileId} is blocked by billing ({ErrorCode})")]
    private static partial void LogSendingBlocked(ILogger logger, Guid profileId, string errorCode);
}
