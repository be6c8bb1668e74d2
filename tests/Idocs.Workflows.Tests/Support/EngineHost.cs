using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence.InMemory;
using Idocs.Workflows.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Idocs.Workflows.Tests.Support;

/// <summary>The engine wired to in-memory stores, a fake clock, a recording sink and the stub document activities.</summary>
public sealed class EngineHost
{
    public EngineHost(WorkflowEngineOptions? options = null)
    {
        Options = options ?? new WorkflowEngineOptions();
        Registry = TestRegistry.Create(Sink, Dispatch);
        Engine = new WorkflowEngine(Store, Definitions, Registry, Clock, Options, NullLogger<WorkflowEngine>.Instance);
        Resumer = new WorkflowResumer(Store, Definitions, Registry, Clock, Options, NullLogger<WorkflowResumer>.Instance);
        Assignments = new BookmarkAssignments(Store, Definitions, Clock, Options, NullLogger<BookmarkAssignments>.Instance);
        Timers = new DueTimerProcessor(Store, Resumer, Clock, NullLogger<DueTimerProcessor>.Instance);
    }

    public static Actor Starter { get; } = Actor.User("author");

    public InMemoryWorkflowStore Store { get; } = new();

    public InMemoryWorkflowDefinitionStore Definitions { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public RecordingNotificationSink Sink { get; } = new();

    public StubDispatchActivity Dispatch { get; } = new();

    public WorkflowEngineOptions Options { get; }

    public Activities.ActivityRegistry Registry { get; }

    public WorkflowEngine Engine { get; }

    public WorkflowResumer Resumer { get; }

    public BookmarkAssignments Assignments { get; }

    public DueTimerProcessor Timers { get; }

    public async Task AddAsync(WorkflowDefinition definition)
    {
        var added = await Definitions.AddAsync(definition, CancellationToken.None);
        Assert.True(added.IsSuccess, added.Error?.Message);
    }

    /// <summary>Starts an instance and fails the test when the start fails.</summary>
    public async Task<WorkflowInstance> StartAsync(string definitionId, object? variables = null, int? version = null)
    {
        var started = await Engine.StartAsync(new StartRequest(definitionId, Starter) { Variables = ToVariables(variables), Version = version });
        Assert.True(started.IsSuccess, started.Error?.Message);
        return started.Value;
    }

    public async Task<WorkflowInstance> InstanceAsync(Guid instanceId) =>
        await Store.GetInstanceAsync(instanceId, CancellationToken.None) ?? throw new InvalidOperationException($"Instance {instanceId} is not stored.");

    /// <summary>Open bookmarks of an instance, optionally only those of one activity.</summary>
    public async Task<List<Bookmark>> OpenBookmarksAsync(Guid instanceId, string? activityId = null)
    {
        var instance = await InstanceAsync(instanceId);
        return instance.OpenBookmarks.Where(bookmark => activityId is null || bookmark.ActivityId == activityId).ToList();
    }

    public async Task<Bookmark> SingleOpenBookmarkAsync(Guid instanceId, string activityId) =>
        Assert.Single(await OpenBookmarksAsync(instanceId, activityId));

    public Task<Result<ResumeOutcome>> ResumeAsync(Guid bookmarkId, Actor actor, string decision, string? key = null) =>
        Resumer.ResumeAsync(new ResumeRequest(bookmarkId, actor, decision, key ?? Guid.NewGuid().ToString()));

    /// <summary>Resumes the single open bookmark of an activity and fails the test when the resume fails.</summary>
    public async Task<ResumeOutcome> ActAsync(Guid instanceId, string activityId, Actor actor, string decision)
    {
        var bookmark = await SingleOpenBookmarkAsync(instanceId, activityId);
        var resumed = await ResumeAsync(bookmark.Id, actor, decision);
        Assert.True(resumed.IsSuccess, resumed.Error?.Message);
        return resumed.Value;
    }

    /// <summary>Resumes the open bookmark of an activity that admits the actor; fails the test when there is none or the resume fails.</summary>
    public async Task<ResumeOutcome> ActAsAsync(Guid instanceId, string activityId, Actor actor, string decision)
    {
        var seats = await OpenBookmarksAsync(instanceId, activityId);
        var seat = seats.FirstOrDefault(bookmark => bookmark.Gate.Admits(actor))
            ?? throw new InvalidOperationException($"No open bookmark of '{activityId}' admits {actor.UserId}; open: {seats.Count}.");
        var resumed = await ResumeAsync(seat.Id, actor, decision);
        Assert.True(resumed.IsSuccess, resumed.Error?.Message);
        return resumed.Value;
    }

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId) =>
        await Store.ListJournalAsync(instanceId, CancellationToken.None);

    public static Dictionary<string, JsonElement> ToVariables(object? variables)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (variables is null)
        {
            return result;
        }

        foreach (var property in JsonSerializer.SerializeToElement(variables).EnumerateObject())
        {
            result[property.Name] = property.Value.Clone();
        }

        return result;
    }
}
