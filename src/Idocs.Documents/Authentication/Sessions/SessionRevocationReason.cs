namespace Idocs.Documents.Authentication.Sessions;

public enum SessionRevocationReason
{
    Logout,

    EmployeeBlocked,
}
