using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Profiles;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

/// <summary>Reads a profile's name, identifier and contact email for senders, receivers and reminders.</summary>
public sealed class AccountsProfileFacts(IdocsDbContext dbContext) : IProfileFactsPort
{
    public async Task<ProfileFacts?> FindAsync(Guid profileId, CancellationToken cancellationToken)
    {
        var profile = await dbContext.Set<Profile>()
            .IgnoreQueryFilters([AccountsTenantFilter.Name])
            .AsNoTracking()
            .FirstOrDefaultAsync(candidate => candidate.Id == profileId, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var identifierKind = profile.Kind == ProfileKind.Company ? CounterpartyIdentifierKind.Bin : CounterpartyIdentifierKind.Iin;
        var email = string.IsNullOrWhiteSpace(profile.Email) ? null : profile.Email;
        return new ProfileFacts(profile.Id, profile.Name, identifierKind, profile.IdentificationNumber, email);
    }
}
