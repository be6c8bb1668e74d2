using Idocs.Billing.Actors;
using Idocs.Billing.Contacts;
using Idocs.Documents.Employees;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;
using Idocs.Documents.Tenancy;

namespace Idocs.Storage.Billing;

/// <summary>Reads requisites and staff from the profile and employee stores of the accounts area.</summary>
public sealed class DocumentsBillingCompanyDirectory(IProfileStore profiles, IEmployeeStore employees, ITenantContext tenant)
    : IBillingCompanyDirectory
{
    public async Task<BillingCompanyRequisites?> FindRequisitesAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindAsync(companyId, cancellationToken);

        // NOTE: profiles keep no legal address yet, so invoices show none.
        return profile is null ? null : new BillingCompanyRequisites(profile.Name, profile.IdentificationNumber, null, profile.Email);
    }

    public async Task<IReadOnlyList<CompanyMember>> ListMembersAsync(Guid companyId, CancellationToken cancellationToken)
    {
        // The employee store filters by the current profile, and the billing jobs run outside any request.
        using var scope = tenant.EnterProfile(companyId);
        var staff = await employees.ListAsync(cancellationToken);
        return staff
            .Where(employee => !string.IsNullOrWhiteSpace(employee.Email))
            .Select(employee => new CompanyMember(employee.Email!, ToActorRole(employee.Role), employee.Status == EmployeeStatus.Active))
            .ToList();
    }

    /// <summary>Maps a profile role onto billing's roles. The owner of a sole proprietor's profile acts as its Director.</summary>
    public static ActorRole ToActorRole(ProfileRole role) => role switch
    {
        ProfileRole.Director or ProfileRole.Owner => ActorRole.Director,
        ProfileRole.Admin => ActorRole.Admin,
        ProfileRole.Moderator => ActorRole.Moderator,
        _ => ActorRole.Employee,
    };
}
