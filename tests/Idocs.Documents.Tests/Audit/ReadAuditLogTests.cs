using Idocs.Documents.Rights;

namespace Idocs.Documents.Tests.Audit;

public class ReadAuditLogTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task RunAsync_Director_SeesOrderedEvents()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        _harness.Clock.Advance(TimeSpan.FromMinutes(5));
        await _harness.AddEmployeeAsync(company.Person.Id);

        var log = await _harness.ReadAuditLog.RunAsync(company.Person.Id, CancellationToken.None);

        Assert.True(log.IsSuccess, log.Error?.ToString());
        Assert.True(log.Value.Count >= 3);
        Assert.Equal(log.Value.OrderBy(auditEvent => auditEvent.OccurredAt).Select(auditEvent => auditEvent.Id), log.Value.Select(auditEvent => auditEvent.Id));
        Assert.True(log.Value[^1].OccurredAt > log.Value[0].OccurredAt);
    }

    [Fact]
    public async Task RunAsync_Employee_RejectedAsRoleRequired()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id, rights: ProfileRights.All & ~ProfileRights.ManageEmployees & ~ProfileRights.Billing);

        var log = await _harness.ReadAuditLog.RunAsync(employee.PersonId, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.RoleRequired, log.Error?.Code);
    }
}
