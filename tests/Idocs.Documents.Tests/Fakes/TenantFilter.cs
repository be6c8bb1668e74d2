using Idocs.Documents.Tenancy;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>What the EF global filter will do: rows of the current profile only, none outside a profile.</summary>
public static class TenantFilter
{
    public static bool Visible(ITenantContext tenant, Guid rowProfileId) =>
        tenant.ProfileId is { } current && current == rowProfileId;

    /// <summary>Throws on a write outside the current profile, which is a bug in the calling use case.</summary>
    public static void EnsureWritable(ITenantContext tenant, Guid rowProfileId)
    {
        if (!Visible(tenant, rowProfileId))
        {
            throw new InvalidOperationException($"A row of profile {rowProfileId} was written while the current profile is {tenant.ProfileId?.ToString() ?? "none"}.");
        }
    }
}
