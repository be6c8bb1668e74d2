using Idocs.Documents.Events;

namespace Idocs.Documents.Employees;

/// <summary>An employee was invited; mail sends them an invitation to log in with their certificate.</summary>
public sealed record EmployeeInvited(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ProfileId,
    string ProfileName,
    Guid EmployeeId,
    string Email,
    string FullName) : IAccountEvent;
