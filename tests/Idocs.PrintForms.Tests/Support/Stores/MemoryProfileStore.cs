using System.Collections.Concurrent;
using Idocs.Documents.Profiles;

namespace Idocs.PrintForms.Tests.Support.Stores;

public sealed class MemoryProfileStore : IProfileStore
{
    private readonly ConcurrentDictionary<Guid, Profile> _profiles = new();

    public Task<bool> TryAddAsync(Profile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Task.FromResult(_profiles.TryAdd(profile.Id, profile));
    }

    public Task<Profile?> FindAsync(Guid profileId, CancellationToken cancellationToken) =>
        Task.FromResult(_profiles.GetValueOrDefault(profileId));

    public Task<Profile?> FindByIdentificationNumberAsync(string identificationNumber, CancellationToken cancellationToken) =>
        Task.FromResult(_profiles.Values.FirstOrDefault(profile => profile.IdentificationNumber == identificationNumber));
}
