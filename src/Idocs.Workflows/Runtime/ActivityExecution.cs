using System.Text.Json;

namespace Idocs.Workflows.Runtime;

/// <summary>An activity that has started and not finished: a waiting step, a pending join or a faulted step.</summary>
public sealed class ActivityExecution
{
    public Guid Id { get; init; }

    public required string ActivityId { get; init; }

    public required string ActivityType { get; init; }

    public ActivityExecutionStatus Status { get; set; }

    /// <summary>The Fork branches the path runs in, outermost first.</summary>
    public IReadOnlyList<ForkScope> Scopes { get; init; } = [];

    /// <summary>Activity-specific state, for example the votes of an approval step.</summary>
    public JsonElement? State { get; set; }

    public DateTimeOffset StartedAt { get; init; }
}
