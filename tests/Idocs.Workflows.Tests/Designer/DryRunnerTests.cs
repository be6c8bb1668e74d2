using System.Text.Json;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Designer.DryRun;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Tests.Support;
using Idocs.Workflows.Validation;

namespace Idocs.Workflows.Tests.Designer;

public class DryRunnerTests
{
    private static readonly DryRunParticipant Director = new("director-1", ["Director"], []);

    private static readonly DryRunParticipant Deputy = new("deputy-1", ["Deputy"], []);

    private readonly DesignerFixture _fixture = new();

    [Theory]
    [InlineData(1_500_000, "director")]
    [InlineData(1_000_000, "deputy")]
    [InlineData(250_000, "deputy")]
    public async Task Run_AmountCondition_TakesBranchForAmount(int amount, string expectedApprover)
    {
        var request = Request(DesignerFixture.AmountRoute(), amount);

        var result = await _fixture.DryRunner.RunAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(DryRunStatus.Completed, result.Status);
        Assert.Equal("approved", result.Result);
        Assert.Equal(["start", "amount", expectedApprover, "approved"], result.VisitedActivityIds);
        Assert.Contains(result.Steps, step => step.Event == JournalEvent.BookmarkResumed && step.ActivityId == expectedApprover && step.Outcome == "Approved");
        Assert.Contains(new ConnectionDefinition("amount", amount > 1_000_000 ? "True" : "False", expectedApprover), result.TakenConnections);
    }

    [Fact]
    public async Task Run_ChosenRejection_EndsRejected()
    {
        var request = Request(DesignerFixture.AmountRoute(), 2_000_000) with
        {
            Decisions = new Dictionary<string, string>(StringComparer.Ordinal) { ["director"] = "Rejected" },
        };

        var result = await _fixture.DryRunner.RunAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("rejected", result.Result);
        Assert.Contains("rejected", result.VisitedActivityIds);
    }

    [Fact]
    public async Task Run_NoParticipantForStep_ReturnsStuckNamingStep()
    {
        var request = Request(DesignerFixture.AmountRoute(), 2_000_000) with { Participants = [Deputy] };

        var result = await _fixture.DryRunner.RunAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(DryRunStatus.Stuck, result.Status);
        Assert.Contains("'director'", result.StopReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidDraft_ReturnsProblemsWithoutRunning()
    {
        var route = DesignerFixture.AmountRoute();
        var broken = route with { Connections = [.. route.Connections, new ConnectionDefinition("deputy", "Approved", "nowhere")] };

        var result = await _fixture.DryRunner.RunAsync(Request(broken, 1), TestContext.Current.CancellationToken);

        Assert.Equal(DryRunStatus.Invalid, result.Status);
        Assert.Equal(ValidationCodes.DanglingConnection, Assert.Single(result.Problems).Code);
        Assert.Empty(result.Steps);
    }

    [Fact]
    public async Task Run_ShippedRouteWithNotifyAndDispatch_WritesNothingToRealStores()
    {
        var shipped = Idocs.Workflows.Designer.DefinitionExchange.Import(File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "outgoing-amount-condition.json"))).Value!;
        var request = Request(shipped, 5_000_000) with
        {
            Fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
            {
                ["amount"] = JsonSerializer.SerializeToElement(5_000_000),
                ["currency"] = JsonSerializer.SerializeToElement("KZT"),
            },
            Participants = [new DryRunParticipant("cfo", ["FinancialDirector"], []), new DryRunParticipant("signer", [], ["sign-outgoing"])],
            Decisions = new Dictionary<string, string>(StringComparer.Ordinal) { ["sign"] = "Declined" },
        };

        var result = await _fixture.DryRunner.RunAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("rejected", result.Result);
        Assert.Equal(["start", "amount-check", "cfo-approval", "sign", "notify-rejected", "rejected"], result.VisitedActivityIds);
        Assert.Empty(_fixture.Host.Sink.Requests);
        Assert.Empty(_fixture.Host.Dispatch.DispatchedInstances);
        Assert.Empty(await _fixture.Host.Definitions.ListVersionsAsync(shipped.Id, TestContext.Current.CancellationToken));
    }

    private static DryRunRequest Request(WorkflowDefinition definition, int amount) => new()
    {
        Definition = definition,
        Fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["amount"] = JsonSerializer.SerializeToElement(amount) },
        Participants = [Director, Deputy],
    };
}
