namespace Idocs.Workflows.Runtime.Execution;

/// <summary>
/// An activity to execute next, with the Fork branches its path runs in. <see cref="RetriedIncidentId"/>
/// names the incident this execution retries, so that a repeated failure reopens it.
/// </summary>
internal sealed record WorkItem(string ActivityId, IReadOnlyList<ForkScope> Scopes, Guid? RetriedIncidentId = null);
