using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Tests.Support;

namespace Idocs.Workflows.Tests.Runtime;

public class WorkflowResumerTests
{
    private readonly EngineHost _host = new();

    [Fact]
    public async Task Resume_Approved_CompletesInstance()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");

        var resumed = await _host.ResumeAsync(bookmark.Id, Actors.Director, "Approved");

        Assert.True(resumed.IsSuccess);
        Assert.Equal(WorkflowInstanceStatus.Completed, resumed.Value.InstanceStatus);
        Assert.False(resumed.Value.Replayed);
        Assert.Empty(resumed.Value.OpenBookmarkIds);
        var stored = await _host.InstanceAsync(instance.Id);
        Assert.Equal("approved", stored.Result);
        Assert.Equal(2, stored.Version);
        Assert.Equal("director", stored.FindBookmark(bookmark.Id)!.ClosedBy);
    }

    [Fact]
    public async Task Resume_UnknownBookmark_ReturnsNotFound()
    {
        var resumed = await _host.ResumeAsync(Guid.NewGuid(), Actors.Director, "Approved");

        Assert.Equal(WorkflowErrorCodes.BookmarkNotFound, resumed.Error?.Code);
    }

    [Fact]
    public async Task Resume_ActorOutsideGate_ReturnsForbidden()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");

        var resumed = await _host.ResumeAsync(bookmark.Id, Actors.Outsider, "Approved");

        Assert.Equal(WorkflowErrorCodes.Forbidden, resumed.Error?.Code);
        Assert.Single(await _host.OpenBookmarksAsync(instance.Id));
    }

    [Fact]
    public async Task Resume_SystemActorOnUserStep_ReturnsForbidden()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");

        var resumed = await _host.ResumeAsync(bookmark.Id, Actor.System, "Approved");

        Assert.Equal(WorkflowErrorCodes.Forbidden, resumed.Error?.Code);
    }

    [Fact]
    public async Task Resume_Twice_ReturnsAlreadyCompleted()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");
        await _host.ResumeAsync(bookmark.Id, Actors.Director, "Approved", key: "first");

        var second = await _host.ResumeAsync(bookmark.Id, Actors.Director, "Rejected", key: "second");

        Assert.Equal(WorkflowErrorCodes.AlreadyCompleted, second.Error?.Code);
        Assert.Equal("approved", (await _host.InstanceAsync(instance.Id)).Result);
    }

    [Fact]
    public async Task Resume_SameKeyTwice_ReturnsFirstResult()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");
        var first = await _host.ResumeAsync(bookmark.Id, Actors.Director, "Approved", key: "click-1");

        var repeated = await _host.ResumeAsync(bookmark.Id, Actors.Director, "Approved", key: "click-1");

        Assert.True(repeated.IsSuccess);
        Assert.True(repeated.Value.Replayed);
        Assert.Equal(first.Value!.InstanceStatus, repeated.Value.InstanceStatus);
        Assert.Equal(first.Value.Decision, repeated.Value.Decision);
        Assert.Single(await _host.JournalAsync(instance.Id), entry => entry.Event == JournalEvent.BookmarkResumed);
    }

    [Fact]
    public async Task Resume_SameKeyOtherBookmark_ReturnsKeyReused()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var first = await _host.StartAsync("single-approval");
        var second = await _host.StartAsync("single-approval");
        await _host.ResumeAsync((await _host.SingleOpenBookmarkAsync(first.Id, "approve")).Id, Actors.Director, "Approved", key: "k");

        var reused = await _host.ResumeAsync((await _host.SingleOpenBookmarkAsync(second.Id, "approve")).Id, Actors.Director, "Approved", key: "k");

        Assert.Equal(WorkflowErrorCodes.IdempotencyKeyReused, reused.Error?.Code);
    }

    [Fact]
    public async Task Resume_UnknownDecision_KeepsBookmarkOpen()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");

        var resumed = await _host.ResumeAsync(bookmark.Id, Actors.Director, "Signed");

        Assert.Equal(WorkflowErrorCodes.InvalidResumeInput, resumed.Error?.Code);
        Assert.Equal(BookmarkStatus.Open, (await _host.InstanceAsync(instance.Id)).FindBookmark(bookmark.Id)!.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Resume_MissingIdempotencyKey_ReturnsInvalidInput(string key)
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");

        var resumed = await _host.Resumer.ResumeAsync(
            new ResumeRequest(bookmark.Id, Actors.Director, "Approved", key), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(CommonErrorCodes.InvalidInput, resumed.Error?.Code);
    }

    [Fact]
    public async Task Resume_LaterSeatFirst_ReturnsOutOfTurn()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(approveInputs: new
        {
            participants = new object[] { new { user = "accountant" }, new { user = "lawyer" } },
            order = "sequential",
        }));
        var instance = await _host.StartAsync("single-approval");
        var bookmarks = await _host.OpenBookmarksAsync(instance.Id, "approve");
        var lawyerSeat = bookmarks.Single(bookmark => bookmark.Gate.UserIds.Contains("lawyer"));
        var accountantSeat = bookmarks.Single(bookmark => bookmark.Gate.UserIds.Contains("accountant"));

        var early = await _host.ResumeAsync(lawyerSeat.Id, Actors.Lawyer, "Approved");
        await _host.ResumeAsync(accountantSeat.Id, Actors.Accountant, "Approved");
        var inTurn = await _host.ResumeAsync(lawyerSeat.Id, Actors.Lawyer, "Approved");

        Assert.Equal(WorkflowErrorCodes.OutOfTurn, early.Error?.Code);
        Assert.True(inTurn.IsSuccess);
        Assert.Equal(WorkflowInstanceStatus.Completed, inTurn.Value.InstanceStatus);
    }

    [Fact]
    public async Task Resume_ExtensionFails_RollsBackResume()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");

        var resumed = await _host.Resumer.ResumeAsync(
            new ResumeRequest(bookmark.Id, Actors.Director, "Approved", "k"),
            (_, _, _) => Task.FromResult(Result.Failure("documents.signature_invalid", "The signature does not verify.")),
            TestContext.Current.CancellationToken);

        Assert.Equal("documents.signature_invalid", resumed.Error?.Code);
        var stored = await _host.InstanceAsync(instance.Id);
        Assert.Equal(BookmarkStatus.Open, stored.FindBookmark(bookmark.Id)!.Status);
        Assert.Equal(1, stored.Version);
        Assert.DoesNotContain(await _host.JournalAsync(instance.Id), entry => entry.Event == JournalEvent.BookmarkResumed);
    }

    [Fact]
    public async Task Resume_ReplayedRequest_DoesNotRunExtensionAgain()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");
        var calls = 0;
        TransactionExtension<ResumeOutcome> extension = (_, _, _) =>
        {
            calls++;
            return Task.FromResult(Result.Success());
        };
        var request = new ResumeRequest(bookmark.Id, Actors.Director, "Approved", "k", JsonSerializer.SerializeToElement(new { comment = "ok" }));

        await _host.Resumer.ResumeAsync(request, extension, TestContext.Current.CancellationToken);
        var replayed = await _host.Resumer.ResumeAsync(request, extension, TestContext.Current.CancellationToken);

        Assert.True(replayed.Value!.Replayed);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Resume_WithComment_KeepsItInJournal()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval());
        var instance = await _host.StartAsync("single-approval");
        var bookmark = await _host.SingleOpenBookmarkAsync(instance.Id, "approve");
        var data = JsonSerializer.SerializeToElement(new { comment = "Wrong bank details in section 4" });

        await _host.Resumer.ResumeAsync(
            new ResumeRequest(bookmark.Id, Actors.Director, "Rejected", "k", data), cancellationToken: TestContext.Current.CancellationToken);

        var entry = Assert.Single(await _host.JournalAsync(instance.Id), entry => entry.Event == JournalEvent.BookmarkResumed);
        Assert.Equal("Wrong bank details in section 4", entry.Message);
        Assert.Equal("Rejected", entry.Outcome);
    }

    [Fact]
    public async Task ResumeIn_SharedUnitOfWork_CommitsBoth()
    {
        await _host.AddAsync(RouteDefinitions.SingleApproval(approveInputs: new
        {
            participants = new object[] { new { user = "accountant" }, new { user = "lawyer" } },
        }));
        var instance = await _host.StartAsync("single-approval");
        var bookmarks = await _host.OpenBookmarksAsync(instance.Id, "approve");
        var token = TestContext.Current.CancellationToken;

        await using (var unitOfWork = await _host.Store.BeginAsync(token))
        {
            var first = await _host.Resumer.ResumeInAsync(unitOfWork, new ResumeRequest(bookmarks[0].Id, Actors.Accountant with { UserId = bookmarks[0].Gate.UserIds[0] }, "Approved", "a"), token);
            var second = await _host.Resumer.ResumeInAsync(unitOfWork, new ResumeRequest(bookmarks[1].Id, Actors.Lawyer with { UserId = bookmarks[1].Gate.UserIds[0] }, "Approved", "b"), token);
            var committed = await unitOfWork.CommitAsync(token);

            Assert.True(first.IsSuccess, first.Error?.Message);
            Assert.True(second.IsSuccess, second.Error?.Message);
            Assert.True(committed.IsSuccess, committed.Error?.Message);
        }

        var stored = await _host.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowInstanceStatus.Completed, stored.Status);
        Assert.Equal("approved", stored.Result);
    }
}
