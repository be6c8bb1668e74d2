namespace Idocs.Documents.Signing;

/// <summary>The rights an employee needs to sign, as granted in the accounts domain.</summary>
public enum SigningRight
{
    /// <summary>Подписание исходящих документов.</summary>
    SignOutgoing,

    /// <summary>Подписание входящих документов.</summary>
    SignIncoming,

    /// <summary>Работа с внутренними документами.</summary>
    InternalDocuments,
}
