namespace Idocs.Documents.Flow;

/// <summary>
/// An employee's approval or rejection at the route step that waits for them. A repeated command
/// with the same <see cref="IdempotencyKey"/> returns the first outcome and changes nothing.
/// </summary>
public sealed record StepCommand(Guid DocumentId, Guid EmployeeId, string IdempotencyKey, string? IpAddress, string? Reason = null);
