namespace Idocs.Documents.Employees;

public enum EmployeeStatus
{
    /// <summary>Invited by IIN; becomes active when the person first logs in with a certificate bearing that IIN.</summary>
    Invited,

    Active,

    /// <summary>Blocked: cannot select the profile, and their sessions in it end.</summary>
    Blocked,
}
