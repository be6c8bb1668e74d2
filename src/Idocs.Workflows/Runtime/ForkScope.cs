namespace Idocs.Workflows.Runtime;

/// <summary>
/// Marks a path as branch <see cref="Branch"/> of <see cref="BranchCount"/> started by one execution
/// of a Fork; the Join that names the Fork merges paths with the same <see cref="ScopeId"/>.
/// </summary>
public sealed record ForkScope(Guid ScopeId, string ForkActivityId, int Branch, int BranchCount);
