using Idocs.Billing.Limits;
using Idocs.Documents.Flow;
using Microsoft.Extensions.Logging;

namespace Idocs.Storage.Billing;

/// <summary>
/// Answers the mass action limit from the profile's effective plan. When billing cannot say which
/// plan applies (no billing account, no price list in force), no mass action is allowed: the limit
/// could not be checked, so it is not assumed to be lifted.
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
