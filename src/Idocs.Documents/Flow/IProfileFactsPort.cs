namespace Idocs.Documents.Flow;

/// <summary>Reads what a document action needs to know about a profile; the accounts domain implements it.</summary>
public interface IProfileFactsPort
{
    /// <summary>Returns null when no active profile has the id.</summary>
    Task<ProfileFacts?> FindAsync(Guid profileId, CancellationToken cancellationToken);
}
