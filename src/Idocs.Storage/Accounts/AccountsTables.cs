namespace Idocs.Storage.Accounts;

/// <summary>Table names and column limits of the accounts area.</summary>
internal static class AccountsTables
{
    public const string Profiles = "profiles";
    public const string People = "people";
    public const string Employees = "employees";
    public const string LoginChallenges = "login_challenges";
    public const string Sessions = "sessions";
    public const string DirectorChangeRequests = "director_change_requests";
    public const string AuditEvents = "audit_events";
    public const string NotificationSettings = "notification_settings";
    public const string AppointmentOrderFiles = "appointment_order_files";

    public const int IdentifierLength = 12;
    public const int NameLength = 300;
    public const int EmailLength = 254;
    public const int BindingLength = 256;
    public const int HashLength = 64;
    public const int CommentLength = 2000;
    public const int JsonLength = 8000;
}
