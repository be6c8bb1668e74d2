using Idocs.Common.Results;

namespace Idocs.Documents.Billing;

/// <summary>
/// Billing's rules for sending: whether the profile's plan or trial allows an external
/// dispatch now, and the metering of each dispatched document. Billing implements it.
/// </summary>
public interface ISendingBillingPort
{
    /// <summary>
    /// Succeeds when the profile may send external documents. Otherwise fails with
    /// <see cref="SendingErrorCodes.SendingBlocked"/> and billing's explanation.
    /// </summary>
    Task<Result> CheckSendingAsync(Guid profileId, CancellationToken cancellationToken);

    /// <summary>
    /// Counts the billable units of one dispatched document. Recording the same document again
    /// counts nothing new, so a retried delivery is safe.
    /// </summary>
    Task<Result> MeterAsync(MeteredDispatch dispatch, CancellationToken cancellationToken);
}
