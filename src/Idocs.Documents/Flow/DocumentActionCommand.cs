namespace Idocs.Documents.Flow;

/// <summary>An employee's action on a whole document: revoke, remind, delete.</summary>
public sealed record DocumentActionCommand(Guid DocumentId, Guid EmployeeId, string? IpAddress, string? Reason = null);
