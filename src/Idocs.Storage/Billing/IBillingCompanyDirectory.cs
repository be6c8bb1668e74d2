using Idocs.Billing.Contacts;

namespace Idocs.Storage.Billing;

/// <summary>
/// What billing needs to know about a company from the accounts area: its requisites for the
/// invoice and the staff who receive billing mail.
/// </summary>
public interface IBillingCompanyDirectory
{
    /// <summary>Returns the company's name, BIN and address, or null when no profile has the id.</summary>
    Task<BillingCompanyRequisites?> FindRequisitesAsync(Guid companyId, CancellationToken cancellationToken);

    /// <summary>Returns the company's staff with their roles, emails and whether they are active.</summary>
    Task<IReadOnlyList<CompanyMember>> ListMembersAsync(Guid companyId, CancellationToken cancellationToken);
}
