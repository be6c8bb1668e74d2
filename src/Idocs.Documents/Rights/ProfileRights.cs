namespace Idocs.Documents.Rights;

/// <summary>What an employee may do in a profile.</summary>
[Flags]
public enum ProfileRights
{
    None = 0,

    /// <summary>Sign incoming documents ("Подписание входящих документов").</summary>
    SignIncoming = 1,

    /// <summary>Sign outgoing documents ("Подписание исходящих документов").</summary>
    SignOutgoing = 2,

    /// <summary>Work with internal documents ("Работа с внутренними документами").</summary>
    InternalDocuments = 4,

    CreateDocuments = 8,

    /// <summary>Invite, block and unblock employees and edit their rights; comes with the Director, Admin and Moderator roles.</summary>
    ManageEmployees = 16,

    ManageTemplatesAndRoutes = 32,

    /// <summary>Open billing, connect and change plans; comes with the Director, Admin and Moderator roles.</summary>
    Billing = 64,

    All = SignIncoming | SignOutgoing | InternalDocuments | CreateDocuments | ManageEmployees | ManageTemplatesAndRoutes | Billing,
}
