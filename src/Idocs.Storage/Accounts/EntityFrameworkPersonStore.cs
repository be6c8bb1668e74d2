using Idocs.Documents.People;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

public sealed class EntityFrameworkPersonStore(IdocsDbContext dbContext) : IPersonStore
{
    public Task<bool> TryAddAsync(Person person, CancellationToken cancellationToken) =>
        AccountsSaves.TryAddAsync(dbContext, person, cancellationToken);

    public Task<bool> TrySaveAsync(Person person, CancellationToken cancellationToken) =>
        AccountsSaves.TryUpdateAsync(dbContext, person, cancellationToken);

    public Task<Person?> FindAsync(Guid personId, CancellationToken cancellationToken) =>
        dbContext.Set<Person>().FirstOrDefaultAsync(person => person.Id == personId, cancellationToken);

    public Task<Person?> FindByIinAsync(string iin, CancellationToken cancellationToken) =>
        dbContext.Set<Person>().FirstOrDefaultAsync(person => person.Iin == iin, cancellationToken);
}
