using Idocs.Common.Results;

namespace Idocs.Documents.Tenancy;

/// <summary>Explicit checks that use cases add on top of the stores' tenant filter.</summary>
public static class TenantGuard
{
    /// <summary>Returns the current profile id, or <see cref="AccountsErrorCodes.NoProfileSelected"/> outside a profile.</summary>
    public static Result<Guid> RequireProfile(ITenantContext tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return tenant.ProfileId is { } profileId
            ? profileId
            : new Error(AccountsErrorCodes.NoProfileSelected, "No profile is selected in this session; choose a profile first.");
    }

    /// <summary>
    /// Returns not-found unless <paramref name="ownerProfileId"/> is the current profile, so a guessed
    /// id from another profile looks exactly like an id that does not exist.
    /// </summary>
    public static Result EnsureOwned(ITenantContext tenant, Guid ownerProfileId, string entityName, Guid entityId)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return tenant.ProfileId == ownerProfileId
            ? Result.Success()
            : NotFound(entityName, entityId);
    }

    public static Error NotFound(string entityName, Guid entityId) =>
        new(CommonErrorCodes.NotFound, $"The {entityName} {entityId} was not found in the current profile.");
}
