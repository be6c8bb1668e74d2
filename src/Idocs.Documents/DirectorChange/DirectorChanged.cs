using Idocs.Documents.Events;

namespace Idocs.Documents.DirectorChange;

/// <summary>
/// Support approved a director change; mail notifies the company, and invites the new director when
/// they were not an employee yet.
/// </summary>
public sealed record DirectorChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ProfileId,
    Guid RequestId,
    Guid NewDirectorEmployeeId,
    Guid? FormerDirectorEmployeeId,
    bool NewDirectorInvited) : IAccountEvent;
