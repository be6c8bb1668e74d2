using Idocs.Documents.Employees;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Tests.Employees;

/// <summary>The keys <see cref="IEmployeeStore"/> implementations must enforce, checked on the in-memory one.</summary>
public class EmployeeStoreContractTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task TryAddAsync_SecondDirector_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var second = Employee.Invite(company.Profile.Id, _harness.NextIin(), "Second", null, ProfileRole.Director, ProfileRights.None, _harness.Clock.GetUtcNow(), _harness.Clock);

        var added = await _harness.Employees.TryAddAsync(second, CancellationToken.None);

        Assert.False(added);
    }

    [Fact]
    public async Task TryAddAsync_SameIinInProfile_Rejected()
    {
        var (company, director) = await _harness.RegisterCompanyAsync();
        var duplicate = Employee.Invite(company.Profile.Id, director.Iin, "Twin", null, ProfileRole.Employee, ProfileRights.None, _harness.Clock.GetUtcNow(), _harness.Clock);

        var added = await _harness.Employees.TryAddAsync(duplicate, CancellationToken.None);

        Assert.False(added);
    }
}
