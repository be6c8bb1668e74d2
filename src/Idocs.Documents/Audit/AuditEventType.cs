namespace Idocs.Documents.Audit;

/// <summary>
/// Stable type codes of a profile's audit events, numbered by group: 1000 profile, 1100 employees,
/// 1200 director change. Stored as numbers; never renumber.
/// </summary>
public enum AuditEventType
{
    ProfileRegistered = 1000,

    EmployeeInvited = 1100,
    EmployeeJoined = 1101,
    EmployeeBlocked = 1102,
    EmployeeUnblocked = 1103,
    EmployeeAccessChanged = 1104,

    DirectorChangeRequested = 1200,
    DirectorChangeApproved = 1201,
    DirectorChangeRejected = 1202,
    DirectorChanged = 1203,
    FormerDirectorRightsReset = 1204,
}
