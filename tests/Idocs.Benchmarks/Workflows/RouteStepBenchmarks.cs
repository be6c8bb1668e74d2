using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Idocs.Common.Results;
using Idocs.Workflows.Activities.Builtin;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Notifications;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Persistence.InMemory;
using Idocs.Workflows.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Benchmarks.Workflows;

/// <summary>
/// Route steps per second of the engine on the in-memory store: one resume per transaction, and 100
/// resumes in one transaction as a mass action does. This isolates the engine's own cost (runner,
/// JSON snapshots, compare-and-swap); database round trips come on top with a relational store.
/// Run: <c>dotnet run -c Release --project tests/Idocs.Benchmarks -- --filter *RouteStep*</c>.
/// </summary>
[MemoryDiagnoser]
public class RouteStepBenchmarks
{
    private const int StepsPerInvoke = 100;
    private static readonly Actor Director = Actor.User("director", roles: ["Director"]);

    private readonly List<Guid> _bookmarks = [];
    private InMemoryWorkflowStore _store = null!;
    private WorkflowEngine _engine = null!;
    private WorkflowResumer _resumer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _store = new InMemoryWorkflowStore();
        var definitions = new InMemoryWorkflowDefinitionStore();
        var registry = BuiltinActivities.CreateRegistry(new DiscardingSink());
        var options = new WorkflowEngineOptions();
        _engine = new WorkflowEngine(_store, definitions, registry, TimeProvider.System, options, NullLogger<WorkflowEngine>.Instance);
        _resumer = new WorkflowResumer(_store, definitions, registry, TimeProvider.System, options, NullLogger<WorkflowResumer>.Instance);
        definitions.AddAsync(ApprovalRoute(), CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void StartInstances()
    {
        _bookmarks.Clear();
        for (var i = 0; i < StepsPerInvoke; i++)
        {
            var started = _engine.StartAsync(new StartRequest("bench", Director)).GetAwaiter().GetResult();
            _bookmarks.Add(started.Value!.OpenBookmarks.Single().Id);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = StepsPerInvoke)]
    public async Task OneResumePerTransaction()
    {
        foreach (var bookmark in _bookmarks)
        {
            await _resumer.ResumeAsync(new ResumeRequest(bookmark, Director, ApproveActivity.Approved, bookmark.ToString()));
        }
    }

    [Benchmark(OperationsPerInvoke = StepsPerInvoke)]
    public async Task HundredResumesPerTransaction()
    {
        await using var unitOfWork = await _store.BeginAsync(CancellationToken.None);
        foreach (var bookmark in _bookmarks)
        {
            await _resumer.ResumeInAsync(unitOfWork, new ResumeRequest(bookmark, Director, ApproveActivity.Approved, bookmark.ToString()), CancellationToken.None);
        }

        await unitOfWork.CommitAsync(CancellationToken.None);
    }

    private static WorkflowDefinition ApprovalRoute() => new()
    {
        Id = "bench",
        Name = "Benchmark approval",
        State = DefinitionState.Published,
        Activities =
        [
            new ActivityDefinition { Id = "start", Type = StartActivity.TypeName },
            new ActivityDefinition
            {
                Id = "approve",
                Type = ApproveActivity.TypeName,
                Inputs = new Dictionary<string, JsonElement> { ["participants"] = JsonSerializer.SerializeToElement(new[] { new { role = "Director" } }) },
            },
            new ActivityDefinition { Id = "end", Type = EndActivity.TypeName },
        ],
        Connections =
        [
            new ConnectionDefinition("start", StartActivity.Done, "approve"),
            new ConnectionDefinition("approve", ApproveActivity.Approved, "end"),
        ],
    };

    private sealed class DiscardingSink : INotificationSink
    {
        public Task<Result> EnqueueAsync(NotificationRequest request, IWorkflowUnitOfWork unitOfWork, CancellationToken cancellationToken) =>
            Task.FromResult(Result.Success());
    }
}
