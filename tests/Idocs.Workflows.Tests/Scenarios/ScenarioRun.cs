using Idocs.Workflows.Loading;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Tests.Support;
using Idocs.Workflows.Validation;
using Idocs.Workflows.Versioning;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Workflows.Tests.Scenarios;

/// <summary>One instance of a shipped definition, loaded from workflows/ through the loader, and the steps a scenario takes on it.</summary>
public sealed class ScenarioRun
{
    private ScenarioRun(EngineHost host, WorkflowInstance instance)
    {
        Host = host;
        InstanceId = instance.Id;
    }

    public EngineHost Host { get; }

    public Guid InstanceId { get; }

    public static async Task<ScenarioRun> StartAsync(string fileName, object variables)
    {
        var host = new EngineHost();
        var publisher = new DefinitionPublisher(host.Definitions, new DefinitionValidator(host.Registry), NullLogger<DefinitionPublisher>.Instance);
        var loader = new WorkflowFolderLoader(publisher, NullLogger<WorkflowFolderLoader>.Instance);
        var loaded = await loader.LoadAsync(RepositoryPaths.Workflows, CancellationToken.None);
        var file = Assert.Single(loaded.Value!, candidate => candidate.FileName == fileName);
        Assert.True(file.IsLoaded, file.Error?.Message);

        var instance = await host.StartAsync(file.Definition!.Id, variables);
        return new ScenarioRun(host, instance);
    }

    public Task<ResumeOutcome> ActAsync(string activityId, Actor actor, string decision) =>
        Host.ActAsAsync(InstanceId, activityId, actor, decision);

    /// <summary>Moves the clock forward and lets the timer processor fire what became due.</summary>
    public async Task<int> PassTimeAsync(TimeSpan duration)
    {
        Host.Clock.Advance(duration);
        return await Host.Timers.FireDueTimersAsync(100, CancellationToken.None);
    }

    public Task<WorkflowInstance> InstanceAsync() => Host.InstanceAsync(InstanceId);

    public IReadOnlyList<string> NotificationTemplates => Host.Sink.Requests.Select(request => request.Template).ToList();

    public int DispatchCount => Host.Dispatch.DispatchedInstances.Count(id => id == InstanceId);
}
