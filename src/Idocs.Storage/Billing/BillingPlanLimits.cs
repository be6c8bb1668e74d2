using Idocs.Billing.Limits;
using Idocs.Documents.Flow;
using Microsoft.Extensions.Logging;

namespace Idocs.Storage.Billing;

/// <summary>
/// Reads the mass action limit from the profile's effective plan. When billing cannot determine the
/// plan (no billing account, no price list in force), the limit is 0, because a limit that could not
/// be checked is not assumed to be lifted.
/// </summary>
public sealed partial class BillingPlanLimits(CheckPlanLimits planLimits, ILogger<BillingPlanLimits> logger) : IPlanLimitPort
{
    public async Task<int?> FindMassActionLimitAsync(Guid profileId, CancellationToken cancellationToken)
    {
        var plan = await planLimits.GetEffectivePlanAsync(profileId, cancellationToken).ConfigureAwait(false);
        if (!plan.IsSuccess)
        {
            LogPlanUnknown(logger, profileId, plan.Error.Code);
            return 0;
        }

        return plan.Value.Limits.MaxMassActionSize;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No plan applies to profile {ProfileId} ({ErrorCode}); mass actions are refused")]
    private static partial void LogPlanUnknown(ILogger logger, Guid profileId, string errorCode);
}
