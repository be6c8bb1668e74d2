using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Designer;

/// <summary>A connection present in only one of two versions; a connection is identified by (from, outcome, to).</summary>
public sealed record ConnectionChange(ConnectionDefinition Connection, ChangeKind Kind);
