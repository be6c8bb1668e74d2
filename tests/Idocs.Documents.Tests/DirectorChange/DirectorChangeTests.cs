using Idocs.Documents.Audit;
using Idocs.Documents.DirectorChange;
using Idocs.Documents.Employees;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Tests.DirectorChange;

public class DirectorChangeTests
{
    private static readonly AppointmentOrderFile OrderFile = new(Guid.NewGuid(), "order-15.pdf", "application/pdf", 48_213);

    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task Approve_EndToEnd_ChangesDirector()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var admin = await _harness.AddEmployeeAsync(company.Person.Id, ProfileRole.Admin);
        var successor = await _harness.AddEmployeeAsync(company.Person.Id, rights: ProfileRights.SignIncoming);
        var filed = await _harness.FileDirectorChangeRequest.RunAsync(admin.PersonId, Application(successor.Certificate.Iin), CancellationToken.None);
        Assert.True(filed.IsSuccess, filed.Error?.ToString());
        _harness.ActIn(null);

        var approved = await _harness.ApproveDirectorChange.RunAsync(_harness.Support, filed.Value.Id, "Order checked", CancellationToken.None);

        Assert.True(approved.IsSuccess, approved.Error?.ToString());
        Assert.Equal(DirectorChangeStatus.Approved, approved.Value.Status);
        Assert.Null(_harness.Tenant.ProfileId);
        _harness.ActIn(company.Profile.Id);
        var former = await _harness.Employees.FindAsync(company.Head.Id, CancellationToken.None);
        Assert.Equal(ProfileRole.Employee, former?.Role);
        Assert.Equal(ProfileRights.None, former?.EffectiveRights);
        Assert.Equal(EmployeeStatus.Active, former?.Status);
        var director = await _harness.Employees.FindHeadAsync(CancellationToken.None);
        Assert.Equal(successor.Employee.Id, director?.Id);
        Assert.Equal(ProfileRole.Director, director?.Role);
        var formerCheck = await _harness.Authorizer.RequireRightAsync(company.Person.Id, ProfileRights.SignOutgoing, CancellationToken.None);
        Assert.Equal(AccountsErrorCodes.RightMissing, formerCheck.Error?.Code);
        var newCheck = await _harness.Authorizer.RequireRightAsync(successor.PersonId, ProfileRights.SignOutgoing, CancellationToken.None);
        Assert.True(newCheck.IsSuccess, newCheck.Error?.ToString());
        var log = await _harness.ReadAuditLog.RunAsync(successor.PersonId, CancellationToken.None);
        var types = log.Value!.Select(auditEvent => auditEvent.Type).ToList();
        Assert.Contains(AuditEventType.DirectorChangeRequested, types);
        Assert.Contains(AuditEventType.DirectorChangeApproved, types);
        Assert.Contains(AuditEventType.FormerDirectorRightsReset, types);
        Assert.Contains(AuditEventType.DirectorChanged, types);
        var approvedEvent = log.Value!.Single(auditEvent => auditEvent.Type == AuditEventType.DirectorChangeApproved);
        Assert.Equal(AuditActorKind.PlatformSupport, approvedEvent.Actor.Kind);
        Assert.Equal(_harness.Support.Name, approvedEvent.Actor.Name);
        Assert.Equal("Order checked", Assert.IsType<DirectorChangeAuditPayload>(approvedEvent.Payload).Comment);
        var requested = log.Value!.Single(auditEvent => auditEvent.Type == AuditEventType.DirectorChangeRequested);
        Assert.Equal(admin.Certificate.Iin, requested.Actor.Iin);
        Assert.Contains(_harness.Outbox.Events, accountEvent => accountEvent is DirectorChanged { NewDirectorInvited: false });
    }

    [Fact]
    public async Task Approve_Outsider_JoinsAsDirector()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var outsider = _harness.Pki.IssueIndividual(_harness.NextIin());
        var filed = await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, Application(outsider.Iin), CancellationToken.None);

        await _harness.ApproveDirectorChange.RunAsync(_harness.Support, filed.Value!.Id, null, CancellationToken.None);
        var login = await _harness.LoginAsync(outsider);

        var choice = Assert.Single(login.Profiles);
        Assert.Equal(ProfileRole.Director, choice.Role);
        Assert.Contains(_harness.Outbox.Events, accountEvent => accountEvent is DirectorChanged { NewDirectorInvited: true });
    }

    [Fact]
    public async Task Approve_FormerDirector_CanThenBeBlocked()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var successor = await _harness.AddEmployeeAsync(company.Person.Id);
        var filed = await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, Application(successor.Certificate.Iin), CancellationToken.None);
        await _harness.ApproveDirectorChange.RunAsync(_harness.Support, filed.Value!.Id, null, CancellationToken.None);
        _harness.ActIn(company.Profile.Id);

        var blocked = await _harness.BlockEmployee.RunAsync(successor.PersonId, company.Head.Id, CancellationToken.None);

        Assert.Equal(EmployeeStatus.Blocked, blocked.Value?.Status);
    }

    [Fact]
    public async Task File_WithoutOrderFile_RejectedAsOrderMissing()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();

        var filed = await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, Application(_harness.NextIin()) with { OrderFile = null }, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.AppointmentOrderMissing, filed.Error?.Code);
        Assert.Empty(await _harness.DirectorChanges.ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("number")]
    [InlineData("date")]
    public async Task File_MissingRequiredField_RejectedNamingIt(string field)
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var application = Application(_harness.NextIin());
        application = field switch
        {
            "name" => application with { FutureDirectorFullName = " " },
            "number" => application with { OrderNumber = null },
            _ => application with { OrderDate = null },
        };

        var filed = await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, application, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.DirectorChangeFieldMissing, filed.Error?.Code);
        Assert.Contains(field, filed.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_ByModerator_RejectedAsRoleRequired()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var moderator = await _harness.AddEmployeeAsync(company.Person.Id, ProfileRole.Moderator);

        var filed = await _harness.FileDirectorChangeRequest.RunAsync(moderator.PersonId, Application(_harness.NextIin()), CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.RoleRequired, filed.Error?.Code);
    }

    [Fact]
    public async Task File_SoleProprietor_RejectedAsOnlyForCompanies()
    {
        var owner = _harness.Pki.IssueIndividual(_harness.NextIin());
        var registered = await _harness.RegisterAsync(owner, ProfileKind.SoleProprietor);
        _harness.ActIn(registered.Profile.Id);

        var filed = await _harness.FileDirectorChangeRequest.RunAsync(registered.Person.Id, Application(_harness.NextIin()), CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.DirectorChangeOnlyForCompanies, filed.Error?.Code);
    }

    [Fact]
    public async Task File_CurrentDirectorAsFuture_Rejected()
    {
        var (company, director) = await _harness.RegisterCompanyAsync();

        var filed = await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, Application(director.Iin), CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.FutureDirectorIsCurrent, filed.Error?.Code);
    }

    [Fact]
    public async Task File_SecondWhilePending_RejectedAsAlreadyPending()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, Application(_harness.NextIin()), CancellationToken.None);

        var second = await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, Application(_harness.NextIin()), CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.DirectorChangeAlreadyPending, second.Error?.Code);
    }

    [Fact]
    public async Task File_InvalidFutureDirectorIin_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();

        var filed = await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, Application("123456789012"), CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.InvalidIdentificationNumber, filed.Error?.Code);
    }

    [Fact]
    public async Task Reject_WithComment_KeepsDirectorAndAudits()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var filed = await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, Application(_harness.NextIin()), CancellationToken.None);

        var rejected = await _harness.RejectDirectorChange.RunAsync(_harness.Support, filed.Value!.Id, "The order is not signed", CancellationToken.None);

        Assert.Equal(DirectorChangeStatus.Rejected, rejected.Value?.Status);
        Assert.Equal("The order is not signed", rejected.Value?.ReviewComment);
        var head = await _harness.Employees.FindHeadAsync(CancellationToken.None);
        Assert.Equal(company.Head.Id, head?.Id);
        Assert.Contains(_harness.AuditLog.All, auditEvent => auditEvent.Type == AuditEventType.DirectorChangeRejected);
    }

    [Fact]
    public async Task Reject_WithoutComment_RejectedAsCommentRequired()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var filed = await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, Application(_harness.NextIin()), CancellationToken.None);

        var rejected = await _harness.RejectDirectorChange.RunAsync(_harness.Support, filed.Value!.Id, "  ", CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.ReviewCommentRequired, rejected.Error?.Code);
    }

    [Fact]
    public async Task Approve_AlreadyRejected_RejectedAsAlreadyReviewed()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var filed = await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, Application(_harness.NextIin()), CancellationToken.None);
        await _harness.RejectDirectorChange.RunAsync(_harness.Support, filed.Value!.Id, "Wrong order", CancellationToken.None);

        var approved = await _harness.ApproveDirectorChange.RunAsync(_harness.Support, filed.Value.Id, null, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.DirectorChangeAlreadyReviewed, approved.Error?.Code);
    }

    [Fact]
    public async Task Approve_UnknownRequest_NotFound()
    {
        var approved = await _harness.ApproveDirectorChange.RunAsync(_harness.Support, Guid.NewGuid(), null, CancellationToken.None);

        Assert.Equal(Common.Results.CommonErrorCodes.NotFound, approved.Error?.Code);
    }

    [Fact]
    public async Task File_AfterRejection_Allowed()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var filed = await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, Application(_harness.NextIin()), CancellationToken.None);
        await _harness.RejectDirectorChange.RunAsync(_harness.Support, filed.Value!.Id, "Wrong order", CancellationToken.None);

        var again = await _harness.FileDirectorChangeRequest.RunAsync(company.Person.Id, Application(_harness.NextIin()), CancellationToken.None);

        Assert.True(again.IsSuccess, again.Error?.ToString());
        Assert.Equal(2, (await _harness.ListDirectorChangeRequests.RunAsync(company.Person.Id, CancellationToken.None)).Value?.Count);
    }

    private static DirectorChangeApplication Application(string futureDirectorIin) =>
        new(futureDirectorIin, "Жанибеков Арман Серикович", "arman@example.kz", "15-К", new DateOnly(2026, 2, 27), OrderFile);
}
