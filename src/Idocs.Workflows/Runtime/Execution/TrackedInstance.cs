using Idocs.Workflows.Activities;
using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Runtime.Execution;

/// <summary>An instance loaded into a session, with its definition and the version it was read with (null when new).</summary>
internal sealed class TrackedInstance(WorkflowInstance instance, WorkflowDefinition definition, long? expectedVersion)
{
    public WorkflowInstance Instance { get; } = instance;

    public WorkflowDefinition Definition { get; set; } = definition;

    public long? ExpectedVersion { get; } = expectedVersion;

    /// <summary>Child instances requested by SubProcess steps, started when the current run finishes.</summary>
    public List<SubProcessStart> PendingChildStarts { get; } = [];
}
