using Idocs.Documents.Profiles;

namespace Idocs.Documents.Tests.Fakes;

public sealed class InMemoryProfileStore : IProfileStore
{
    private readonly InMemoryTable<Guid, Profile> _table = new(
        profile => profile.Id,
        profile => profile.Copy(),
        new UniqueIndex<Profile>(profile => profile.IdentificationNumber));

    public int Count => _table.Count;

    public Task<bool> TryAddAsync(Profile profile, CancellationToken cancellationToken) => Task.FromResult(_table.TryAdd(profile));

    public Task<Profile?> FindAsync(Guid profileId, CancellationToken cancellationToken) => Task.FromResult(_table.Find(profileId));

    public Task<Profile?> FindByIdentificationNumberAsync(string identificationNumber, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Where(profile => profile.IdentificationNumber == identificationNumber).SingleOrDefault());
}
