using Idocs.Documents.Dispatch;
using Idocs.Documents.Documents;
using Idocs.Documents.Profiles;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

/// <summary>Finds a registered counterparty's profile by BIN or IIN, across all profiles.</summary>
public sealed class AccountsCounterpartyDirectory(IdocsDbContext dbContext) : ICounterpartyDirectoryPort
{
    public async Task<Guid?> FindProfileAsync(CounterpartyIdentifierKind kind, string identifier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        if (kind == CounterpartyIdentifierKind.Email)
        {
            return null;
        }

        // A BIN names a company; an IIN names a sole proprietor or an individual.
        var profile = await dbContext.Set<Profile>()
            .IgnoreQueryFilters([AccountsTenantFilter.Name])
            .AsNoTracking()
            .FirstOrDefaultAsync(candidate => candidate.IdentificationNumber == identifier, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var kindMatches = kind == CounterpartyIdentifierKind.Bin
            ? profile.Kind == ProfileKind.Company
            : profile.Kind != ProfileKind.Company;
        return kindMatches ? profile.Id : null;
    }
}
