namespace Idocs.Workflows.Activities.Builtin;

/// <summary>Branches of one Fork execution that have reached the Join so far.</summary>
public sealed record JoinState(Guid ScopeId, int BranchCount, IReadOnlyList<int> ArrivedBranches);
