using Idocs.Documents.Employees;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;
using Idocs.Documents.Signing;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

/// <summary>
/// Reads a signer's facts for the document flow from the employee and profile tables. The reads ignore
/// the profile filter because a counterparty's signature arrives while the sender's profile may be current.
/// </summary>
public sealed class AccountsEmployeeFacts(IdocsDbContext dbContext) : IEmployeeFactsPort
{
    public async Task<EmployeeSigningFacts?> FindAsync(Guid employeeId, CancellationToken cancellationToken)
    {
        var employee = await dbContext.Set<Employee>()
            .IgnoreQueryFilters([AccountsTenantFilter.Name])
            .AsNoTracking()
            .FirstOrDefaultAsync(candidate => candidate.Id == employeeId && candidate.Status == EmployeeStatus.Active, cancellationToken);
        if (employee is null)
        {
            return null;
        }

        var profile = await dbContext.Set<Profile>()
            .IgnoreQueryFilters([AccountsTenantFilter.Name])
            .AsNoTracking()
            .FirstOrDefaultAsync(candidate => candidate.Id == employee.ProfileId, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        return new EmployeeSigningFacts
        {
            EmployeeId = employee.Id,
            ProfileId = profile.Id,
            ProfileKind = ToSignerKind(profile.Kind),
            ProfileIdentifier = profile.IdentificationNumber,
            Iin = employee.Iin,
            FullName = employee.FullName,
            Rights = ToSigningRights(employee.EffectiveRights),
            RouteRoles = ToRouteRoles(employee.Role),
        };
    }

    private static SignerProfileKind ToSignerKind(ProfileKind kind) => kind switch
    {
        ProfileKind.Company => SignerProfileKind.Company,
        ProfileKind.SoleProprietor => SignerProfileKind.SoleProprietor,
        ProfileKind.Individual => SignerProfileKind.Individual,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown profile kind."),
    };

    private static HashSet<SigningRight> ToSigningRights(ProfileRights rights)
    {
        var signing = new HashSet<SigningRight>();
        if (rights.HasFlag(ProfileRights.SignOutgoing))
        {
            signing.Add(SigningRight.SignOutgoing);
        }

        if (rights.HasFlag(ProfileRights.SignIncoming))
        {
            signing.Add(SigningRight.SignIncoming);
        }

        if (rights.HasFlag(ProfileRights.InternalDocuments))
        {
            signing.Add(SigningRight.InternalDocuments);
        }

        return signing;
    }

    /// <summary>
    /// Returns the role's name. The owner of a sole proprietor or individual profile also gets
    /// <c>Director</c>, the head that route templates name.
    /// NOTE: accounts keep no job positions, so template roles such as Accountant or Lawyer match no employee yet.
    /// </summary>
    private static HashSet<string> ToRouteRoles(ProfileRole role)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal) { role.ToString() };
        if (role == ProfileRole.Owner)
        {
            roles.Add(nameof(ProfileRole.Director));
        }

        return roles;
    }
}
