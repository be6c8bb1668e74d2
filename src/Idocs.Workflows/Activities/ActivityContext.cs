using System.Text.Json;
using System.Xml;
using Idocs.Common.Ids;
using Idocs.Common.Results;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Expressions;
using Idocs.Workflows.Participants;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Activities;

/// <summary>
/// What an activity may read and change during one execution or resume: its inputs, the instance's
/// variables, its own state and bookmarks. The runner creates one per call.
/// </summary>
public sealed class ActivityContext
{
    private readonly WorkflowInstance _instance;
    private readonly ActivityExecution _execution;
    private readonly List<SubProcessStart> _subProcessStarts = [];

    internal ActivityContext(
        WorkflowInstance instance,
        ActivityDefinition activity,
        ActivityDescriptor descriptor,
        ActivityExecution execution,
        Actor actor,
        DateTimeOffset now,
        IWorkflowUnitOfWork unitOfWork)
    {
        _instance = instance;
        UnitOfWork = unitOfWork;
        Activity = activity;
        Descriptor = descriptor;
        _execution = execution;
        Actor = actor;
        Now = now;
    }

    public Guid InstanceId => _instance.Id;

    public string DefinitionId => _instance.DefinitionId;

    public ActivityDefinition Activity { get; }

    public ActivityDescriptor Descriptor { get; }

    public Guid ExecutionId => _execution.Id;

    /// <summary>The actor whose command runs the activity: the starter, a resumer or the system.</summary>
    public Actor Actor { get; }

    public DateTimeOffset Now { get; }

    /// <summary>
    /// The transaction the command runs in. Activities with side effects (notifications, dispatch)
    /// record them through it, so that a rolled-back or retried command has no effect outside.
    /// </summary>
    public IWorkflowUnitOfWork UnitOfWork { get; }

    public IReadOnlyDictionary<string, JsonElement> Variables => _instance.Variables;

    /// <summary>Bookmarks of this execution, open and closed.</summary>
    public IReadOnlyList<Bookmark> Bookmarks => _instance.Bookmarks.Where(bookmark => bookmark.ExecutionId == _execution.Id).ToList();

    internal IReadOnlyList<SubProcessStart> SubProcessStarts => _subProcessStarts;

    internal int Depth => _instance.Depth;

    public void SetVariable(string name, JsonElement value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _instance.Variables[name] = value.Clone();
    }

    public T? GetState<T>() =>
        _execution.State is { } state ? state.Deserialize<T>(WorkflowJson.Options) : default;

    public void SetState<T>(T state) => _execution.State = JsonSerializer.SerializeToElement(state, WorkflowJson.Options);

    public JsonElement? FindInput(string name) =>
        Activity.Inputs.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public string? GetText(string name) =>
        FindInput(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>Returns the input's value, or the first declared choice when the input is absent.</summary>
    public string GetChoice(string name)
    {
        var text = GetText(name);
        if (text is not null)
        {
            return text;
        }

        var descriptor = Descriptor.FindInput(name)
            ?? throw new InvalidOperationException($"Activity type '{Descriptor.Type}' declares no input '{name}'.");
        return descriptor.Choices[0];
    }

    public int? GetWholeNumber(string name) =>
        FindInput(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    public Result<CompiledExpression> GetExpression(string name)
    {
        var text = GetText(name);
        return text is null
            ? Result<CompiledExpression>.Failure(WorkflowErrorCodes.InvalidDefinition, $"Activity '{Activity.Id}' has no expression in input '{name}'.")
            : CompiledExpression.Parse(text);
    }

    public Result<TimeSpan> GetDuration(string name)
    {
        var text = GetText(name);
        try
        {
            return text is null
                ? Result<TimeSpan>.Failure(WorkflowErrorCodes.InvalidDefinition, $"Activity '{Activity.Id}' has no duration in input '{name}'.")
                : XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            return Result<TimeSpan>.Failure(
                WorkflowErrorCodes.InvalidDefinition, $"Input '{name}' of activity '{Activity.Id}' is not an ISO 8601 duration: '{text}'.");
        }
    }

    public Result<IReadOnlyList<Participant>> GetParticipants(string name) =>
        FindInput(name) is { } value
            ? Participant.ParseList(value)
            : Result<IReadOnlyList<Participant>>.Failure(WorkflowErrorCodes.InvalidDefinition, $"Activity '{Activity.Id}' has no participants in input '{name}'.");

    /// <summary>Turns a participant into a gate; a variable participant reads the user id from the instance.</summary>
    public Result<BookmarkGate> ResolveGate(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return participant.Kind switch
        {
            ParticipantKind.User => new BookmarkGate { UserIds = [participant.Value] },
            ParticipantKind.Role => new BookmarkGate { Roles = [participant.Value] },
            ParticipantKind.Right => new BookmarkGate { Rights = [participant.Value] },
            _ => ResolveVariableGate(participant.Value),
        };
    }

    public Bookmark CreateBookmark(string kind, BookmarkGate gate, int? sequence = null, DateTimeOffset? dueAt = null, JsonElement? payload = null)
    {
        var bookmark = new Bookmark
        {
            Id = IdGenerator.NewId(),
            InstanceId = _instance.Id,
            ExecutionId = _execution.Id,
            ActivityId = Activity.Id,
            ActivityType = Activity.Type,
            Kind = kind,
            Gate = gate,
            Sequence = sequence,
            DueAt = dueAt,
            Payload = payload?.Clone(),
            Status = BookmarkStatus.Open,
            CreatedAt = Now,
        };
        _instance.Bookmarks.Add(bookmark);
        return bookmark;
    }

    /// <summary>Cancels this execution's open bookmarks, for example when an any-of step is decided.</summary>
    public void CancelOpenBookmarks()
    {
        foreach (var bookmark in _instance.Bookmarks.Where(bookmark => bookmark.ExecutionId == _execution.Id && bookmark.Status == BookmarkStatus.Open))
        {
            bookmark.Status = BookmarkStatus.Cancelled;
            bookmark.ClosedAt = Now;
        }
    }

    /// <summary>
    /// Creates a system-only sub-process bookmark whose payload contains the id of a new child
    /// instance. The runner starts the child after this activity returns, and the child resumes the
    /// bookmark when it ends.
    /// </summary>
    public Bookmark StartSubProcess(string definitionId, int? version, IReadOnlyDictionary<string, JsonElement> variables)
    {
        var childId = IdGenerator.NewId();
        var payload = JsonSerializer.SerializeToElement(new Dictionary<string, Guid> { ["childInstanceId"] = childId });
        var bookmark = CreateBookmark(BookmarkKinds.SubProcess, BookmarkGate.ForSystem, payload: payload);
        _subProcessStarts.Add(new SubProcessStart(childId, bookmark.Id, definitionId, version, variables));
        return bookmark;
    }

    private Result<BookmarkGate> ResolveVariableGate(string variable)
    {
        if (!_instance.Variables.TryGetValue(variable, out var value) || value.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(value.GetString()))
        {
            return Result<BookmarkGate>.Failure(
                WorkflowErrorCodes.InvalidResumeInput,
                $"Participant variable '{variable}' of activity '{Activity.Id}' must hold a user id string; set it when starting the instance.");
        }

        return new BookmarkGate { UserIds = [value.GetString()!] };
    }
}
