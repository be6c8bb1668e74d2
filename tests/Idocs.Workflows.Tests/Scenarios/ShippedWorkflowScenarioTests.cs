using Idocs.Workflows.Runtime;
using Idocs.Workflows.Tests.Support;

namespace Idocs.Workflows.Tests.Scenarios;

/// <summary>Runs every definition shipped in workflows/ through its happy path and its rejection path.</summary>
public class ShippedWorkflowScenarioTests
{
    public static TheoryData<string> ScenarioFiles() => new(ShippedScenarios.ByFileName.Keys);

    [Fact]
    public void EveryShippedFile_HasScenario()
    {
        var files = Directory.GetFiles(RepositoryPaths.Workflows, "*.json").Select(Path.GetFileName).ToList();

        var missing = files.Where(file => !ShippedScenarios.ByFileName.ContainsKey(file!)).ToList();

        Assert.NotEmpty(files);
        Assert.True(missing.Count == 0, $"Add a scenario to ShippedScenarios for: {string.Join(", ", missing)}.");
    }

    [Fact]
    public void EveryScenario_HasShippedFile()
    {
        var stale = ShippedScenarios.ByFileName.Keys.Where(file => !File.Exists(Path.Combine(RepositoryPaths.Workflows, file))).ToList();

        Assert.True(stale.Count == 0, $"ShippedScenarios names files that workflows/ no longer has: {string.Join(", ", stale)}.");
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public async Task HappyPath_EndsWithExpectedResult(string fileName)
    {
        var scenario = ShippedScenarios.ByFileName[fileName];
        var run = await ScenarioRun.StartAsync(fileName, scenario.Variables);

        await scenario.HappyPath(run);

        var instance = await run.InstanceAsync();
        Assert.Equal(WorkflowInstanceStatus.Completed, instance.Status);
        Assert.Equal(scenario.HappyResult, instance.Result);
        Assert.Empty(instance.OpenBookmarks);
        Assert.Empty(instance.Incidents);
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public async Task RejectionPath_EndsRejected(string fileName)
    {
        var scenario = ShippedScenarios.ByFileName[fileName];
        var run = await ScenarioRun.StartAsync(fileName, scenario.Variables);

        await scenario.RejectionPath(run);

        var instance = await run.InstanceAsync();
        Assert.Equal(WorkflowInstanceStatus.Completed, instance.Status);
        Assert.Equal(scenario.RejectionResult, instance.Result);
        Assert.Empty(instance.OpenBookmarks);
        Assert.Empty(instance.Incidents);
    }

    [Fact]
    public async Task AmountCondition_SmallAmount_SkipsFinancialDirector()
    {
        var run = await ScenarioRun.StartAsync("outgoing-amount-condition.json", new { author = "author", amount = 50000, currency = "KZT" });

        await run.ActAsync("sign", Actors.Director, "Signed");
        await run.ActAsync("await-counterparty", Actors.Counterparty, "Signed");

        var instance = await run.InstanceAsync();
        Assert.Equal("signed", instance.Result);
        Assert.DoesNotContain(instance.Bookmarks, bookmark => bookmark.ActivityId == "cfo-approval");
    }

    [Fact]
    public async Task TwoStage_SignBeforeApprovals_IsNotPossible()
    {
        var run = await ScenarioRun.StartAsync("outgoing-two-stage.json", new { author = "author" });

        var open = await run.Host.OpenBookmarksAsync(run.InstanceId);

        Assert.All(open, bookmark => Assert.Equal("approvals", bookmark.ActivityId));
        Assert.Equal(2, open.Count);
    }
}
