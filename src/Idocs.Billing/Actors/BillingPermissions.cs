using Idocs.Common.Results;

namespace Idocs.Billing.Actors;

/// <summary>Who may do what in billing.</summary>
public static class BillingPermissions
{
    /// <summary>
    /// Checks that the actor is a Director, Admin or Moderator of the company: only they open
    /// Billing, connect, change or disable a plan and edit billing contacts.
    /// </summary>
    public static Result RequireCompanyBillingManager(BillingActor actor, string operation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (IsCompanyBillingManager(actor.Role))
        {
            return Result.Success();
        }

        return Result.Failure(
            CommonErrorCodes.Forbidden,
            $"The role {actor.Role} may not {operation}; ask the company's Director, an Admin or a Moderator.");
    }

    /// <summary>Checks that the actor is platform staff: only staff edit price lists, approve Custom plans and mark payments.</summary>
    public static Result RequirePlatformStaff(BillingActor actor, string operation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role == ActorRole.PlatformStaff)
        {
            return Result.Success();
        }

        return Result.Failure(
            CommonErrorCodes.Forbidden,
            $"The role {actor.Role} may not {operation}; only platform staff may.");
    }

    public static bool IsCompanyBillingManager(ActorRole role) =>
        role is ActorRole.Director or ActorRole.Admin or ActorRole.Moderator;
}
