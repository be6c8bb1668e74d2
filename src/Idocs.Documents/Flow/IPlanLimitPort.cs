namespace Idocs.Documents.Flow;

/// <summary>
/// The number of documents the profile's plan allows in one mass action: 30 on Standard, no limit
/// on PRO, a configured number on Custom. Billing implements it.
/// </summary>
public interface IPlanLimitPort
{
    /// <summary>Returns null when the plan has no limit.</summary>
    Task<int?> FindMassActionLimitAsync(Guid profileId, CancellationToken cancellationToken);
}
