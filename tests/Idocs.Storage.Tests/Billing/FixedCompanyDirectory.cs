using System.Collections.Concurrent;
using Idocs.Billing.Contacts;
using Idocs.Storage.Billing;

namespace Idocs.Storage.Tests.Billing;

/// <summary>Stands in for the accounts area: requisites and staff that a test sets per company.</summary>
public sealed class FixedCompanyDirectory : IBillingCompanyDirectory
{
    private readonly ConcurrentDictionary<Guid, (BillingCompanyRequisites Requisites, IReadOnlyList<CompanyMember> Members)> _companies = new();

    public void Set(Guid companyId, BillingCompanyRequisites requisites, IReadOnlyList<CompanyMember> members) =>
        _companies[companyId] = (requisites, members);

    public Task<BillingCompanyRequisites?> FindRequisitesAsync(Guid companyId, CancellationToken cancellationToken) =>
        Task.FromResult(_companies.TryGetValue(companyId, out var company) ? company.Requisites : null);

    public Task<IReadOnlyList<CompanyMember>> ListMembersAsync(Guid companyId, CancellationToken cancellationToken) =>
        Task.FromResult(_companies.TryGetValue(companyId, out var company) ? company.Members : (IReadOnlyList<CompanyMember>)[]);
}
