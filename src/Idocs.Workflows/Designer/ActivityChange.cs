namespace Idocs.Workflows.Designer;

/// <summary>
/// One activity that differs between two versions. <see cref="Parts"/> names what changed for
/// <see cref="ChangeKind.Changed"/>: <c>type</c>, <c>title</c>, <c>position</c> or <c>inputs.NAME</c>.
/// </summary>
public sealed record ActivityChange(string ActivityId, string Type, ChangeKind Kind, IReadOnlyList<string> Parts);
