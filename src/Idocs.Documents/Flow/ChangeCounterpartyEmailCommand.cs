namespace Idocs.Documents.Flow;

/// <summary>The sender's correction of an unregistered counterparty's email on a sent document.</summary>
public sealed record ChangeCounterpartyEmailCommand(Guid DocumentId, Guid EmployeeId, string CurrentEmail, string NewEmail, string? IpAddress);
