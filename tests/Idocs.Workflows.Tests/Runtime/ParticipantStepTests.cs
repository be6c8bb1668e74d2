using Idocs.Workflows.Participants;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Tests.Support;

namespace Idocs.Workflows.Tests.Runtime;

public class ParticipantStepTests
{
    private static readonly object[] ThreeUsers = [new { user = "u1" }, new { user = "u2" }, new { user = "u3" }];

    private readonly EngineHost _host = new();

    [Fact]
    public async Task AllOf_WaitsForEverySeat()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(approveInputs: new { participants = ThreeUsers }));
        var instance = await _host.StartAsync("single-approval");

        var afterFirst = await ResumeSeatAsync(instance.Id, "u1", "Approved");
        var afterSecond = await ResumeSeatAsync(instance.Id, "u2", "Approved");
        var afterThird = await ResumeSeatAsync(instance.Id, "u3", "Approved");

        Assert.Equal(WorkflowInstanceStatus.Running, afterFirst.InstanceStatus);
        Assert.Equal(WorkflowInstanceStatus.Running, afterSecond.InstanceStatus);
        Assert.Equal(WorkflowInstanceStatus.Completed, afterThird.InstanceStatus);
        Assert.Equal("approved", (await _host.InstanceAsync(instance.Id)).Result);
    }

    [Fact]
    public async Task AllOf_OneRejection_ClosesOtherSeats()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(approveInputs: new { participants = ThreeUsers }));
        var instance = await _host.StartAsync("single-approval");
        var seats = await _host.OpenBookmarksAsync(instance.Id, "approve");

        var rejected = await ResumeSeatAsync(instance.Id, "u2", "Rejected");
        var late = await _host.ResumeAsync(seats.Single(seat => seat.Gate.UserIds.Contains("u1")).Id, Actor.User("u1"), "Approved");

        Assert.Equal(WorkflowInstanceStatus.Completed, rejected.InstanceStatus);
        Assert.Equal("rejected", (await _host.InstanceAsync(instance.Id)).Result);
        Assert.Equal(WorkflowErrorCodes.AlreadyCompleted, late.Error?.Code);
    }

    [Fact]
    public async Task AnyOf_FirstApprovalDecides()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(approveInputs: new { participants = ThreeUsers, completion = "any-of" }));
        var instance = await _host.StartAsync("single-approval");

        var decided = await ResumeSeatAsync(instance.Id, "u3", "Approved");

        Assert.Equal(WorkflowInstanceStatus.Completed, decided.InstanceStatus);
        var stored = await _host.InstanceAsync(instance.Id);
        Assert.Equal(2, stored.Bookmarks.Count(bookmark => bookmark.Status == BookmarkStatus.Cancelled));
    }

    [Fact]
    public async Task AnyOf_RejectedOnlyWhenEverySeatRejects()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(approveInputs: new { participants = ThreeUsers, completion = "any-of" }));
        var instance = await _host.StartAsync("single-approval");

        var first = await ResumeSeatAsync(instance.Id, "u1", "Rejected");
        var second = await ResumeSeatAsync(instance.Id, "u2", "Rejected");
        var third = await ResumeSeatAsync(instance.Id, "u3", "Rejected");

        Assert.Equal(WorkflowInstanceStatus.Running, first.InstanceStatus);
        Assert.Equal(WorkflowInstanceStatus.Running, second.InstanceStatus);
        Assert.Equal(WorkflowInstanceStatus.Completed, third.InstanceStatus);
        Assert.Equal("rejected", (await _host.InstanceAsync(instance.Id)).Result);
    }

    [Fact]
    public async Task Quorum_TwoOfThree_ApprovesAfterSecond()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(approveInputs: new { participants = ThreeUsers, completion = "quorum", quorum = 2 }));
        var instance = await _host.StartAsync("single-approval");

        var first = await ResumeSeatAsync(instance.Id, "u1", "Approved");
        var rejection = await ResumeSeatAsync(instance.Id, "u2", "Rejected");
        var second = await ResumeSeatAsync(instance.Id, "u3", "Approved");

        Assert.Equal(WorkflowInstanceStatus.Running, first.InstanceStatus);
        Assert.Equal(WorkflowInstanceStatus.Running, rejection.InstanceStatus);
        Assert.Equal(WorkflowInstanceStatus.Completed, second.InstanceStatus);
        Assert.Equal("approved", (await _host.InstanceAsync(instance.Id)).Result);
    }

    [Fact]
    public async Task Quorum_TooManyRejections_Rejects()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(approveInputs: new { participants = ThreeUsers, completion = "quorum", quorum = 2 }));
        var instance = await _host.StartAsync("single-approval");

        await ResumeSeatAsync(instance.Id, "u1", "Rejected");
        var decided = await ResumeSeatAsync(instance.Id, "u2", "Rejected");

        Assert.Equal(WorkflowInstanceStatus.Completed, decided.InstanceStatus);
        Assert.Equal("rejected", (await _host.InstanceAsync(instance.Id)).Result);
    }

    [Fact]
    public async Task Participants_ByRightAndVariable_AdmitMatchingActors()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(approveInputs: new
        {
            participants = new object[] { new { right = "sign-outgoing" }, new { variable = "initiator" } },
        }));
        var instance = await _host.StartAsync("single-approval", new { initiator = "employee-7" });
        var seats = await _host.OpenBookmarksAsync(instance.Id, "approve");

        var byRight = await _host.ResumeAsync(seats[0].Id, Actors.Director, "Approved");
        var byVariable = await _host.ResumeAsync(seats[1].Id, Actor.User("employee-7"), "Approved");

        Assert.True(byRight.IsSuccess, byRight.Error?.Message);
        Assert.True(byVariable.IsSuccess, byVariable.Error?.Message);
        Assert.Equal(WorkflowInstanceStatus.Completed, byVariable.Value.InstanceStatus);
    }

    [Fact]
    public async Task Participants_MissingVariable_OpensIncident()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(approveInputs: new { participants = new object[] { new { variable = "initiator" } } }));

        var instance = await _host.StartAsync("single-approval");

        Assert.Equal(WorkflowInstanceStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("approve", incident.ActivityId);
        Assert.Contains("initiator", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_SignedAndDeclined_AreItsOutcomes()
    {
        await _host.AddAsync(DefinitionBuilder.Create("sign")
            .Activity("start", "Start")
            .Activity("sign", "Sign", new { participants = new[] { new { right = "sign-outgoing" } } })
            .Activity("signed", "End", new { result = "signed" })
            .Activity("declined", "End", new { result = "rejected" })
            .Connect("start", "Done", "sign")
            .Connect("sign", "Signed", "signed")
            .Connect("sign", "Declined", "declined")
            .Build());
        var instance = await _host.StartAsync("sign");

        var wrong = await _host.ResumeAsync((await _host.SingleOpenBookmarkAsync(instance.Id, "sign")).Id, Actors.Director, "Approved");
        await _host.ActAsync(instance.Id, "sign", Actors.Director, "Signed");

        Assert.Equal(WorkflowErrorCodes.InvalidResumeInput, wrong.Error?.Code);
        Assert.Equal("signed", (await _host.InstanceAsync(instance.Id)).Result);
        Assert.Equal(BookmarkKinds.Signature, (await _host.InstanceAsync(instance.Id)).Bookmarks[0].Kind);
    }

    [Fact]
    public async Task Delegate_ParticipantHandsSeatToColleague()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(approveInputs: new { participants = new[] { new { user = "lawyer" } } }));
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");

        var delegated = await _host.Assignments.DelegateAsync(bookmark.Id, Actors.Lawyer, "junior-lawyer", TestContext.Current.CancellationToken);
        var byOriginal = await _host.ResumeAsync(bookmark.Id, Actors.Lawyer, "Approved");
        var byDelegate = await _host.ResumeAsync(bookmark.Id, Actor.User("junior-lawyer"), "Approved");

        Assert.True(delegated.IsSuccess);
        Assert.Equal(WorkflowErrorCodes.Forbidden, byOriginal.Error?.Code);
        Assert.True(byDelegate.IsSuccess);
        var stored = await _host.InstanceAsync(instance.Id);
        Assert.Equal("lawyer", stored.FindBookmark(bookmark.Id)!.DelegatedBy);
        Assert.Contains(await _host.JournalAsync(instance.Id), entry => entry.Event == JournalEvent.BookmarkDelegated && entry.ActorId == "lawyer");
    }

    [Fact]
    public async Task Delegate_ByNonParticipant_ReturnsForbidden()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");

        var delegated = await _host.Assignments.DelegateAsync(bookmark.Id, Actors.Outsider, "outsider-friend", TestContext.Current.CancellationToken);

        Assert.Equal(WorkflowErrorCodes.Forbidden, delegated.Error?.Code);
    }

    [Fact]
    public async Task Reassign_WithRight_ReplacesGate()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");

        var reassigned = await _host.Assignments.ReassignAsync(
            bookmark.Id, Actors.Administrator, new Participant(ParticipantKind.Role, "FinancialDirector"), TestContext.Current.CancellationToken);
        var byDirector = await _host.ResumeAsync(bookmark.Id, Actors.Director, "Approved");
        var byNewAssignee = await _host.ResumeAsync(bookmark.Id, Actors.FinancialDirector, "Approved");

        Assert.True(reassigned.IsSuccess);
        Assert.Equal(WorkflowErrorCodes.Forbidden, byDirector.Error?.Code);
        Assert.True(byNewAssignee.IsSuccess);
    }

    [Fact]
    public async Task Reassign_WithoutRight_ReturnsForbidden()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");

        var reassigned = await _host.Assignments.ReassignAsync(
            bookmark.Id, Actors.Director, new Participant(ParticipantKind.User, "someone"), TestContext.Current.CancellationToken);

        Assert.Equal(WorkflowErrorCodes.Forbidden, reassigned.Error?.Code);
    }

    private async Task<ResumeOutcome> ResumeSeatAsync(Guid instanceId, string userId, string decision)
    {
        var seats = await _host.OpenBookmarksAsync(instanceId, "approve");
        var seat = seats.Single(bookmark => bookmark.Gate.UserIds.Contains(userId));
        var resumed = await _host.ResumeAsync(seat.Id, Actor.User(userId), decision);
        Assert.True(resumed.IsSuccess, resumed.Error?.Message);
        return resumed.Value;
    }
}
