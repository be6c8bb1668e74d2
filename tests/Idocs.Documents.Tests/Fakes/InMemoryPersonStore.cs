using Idocs.Documents.People;

namespace Idocs.Documents.Tests.Fakes;

public sealed class InMemoryPersonStore : IPersonStore
{
    private readonly InMemoryTable<Guid, Person> _table = new(
        person => person.Id,
        person => person.Copy(),
        new UniqueIndex<Person>(person => person.Iin));

    public Task<bool> TryAddAsync(Person person, CancellationToken cancellationToken) => Task.FromResult(_table.TryAdd(person));

    public Task<bool> TrySaveAsync(Person person, CancellationToken cancellationToken) => Task.FromResult(_table.TrySave(person));

    public Task<Person?> FindAsync(Guid personId, CancellationToken cancellationToken) => Task.FromResult(_table.Find(personId));

    public Task<Person?> FindByIinAsync(string iin, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Where(person => person.Iin == iin).SingleOrDefault());
}
