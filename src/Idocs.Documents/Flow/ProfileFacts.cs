using Idocs.Documents.Dispatch;
using Idocs.Documents.Documents;

namespace Idocs.Documents.Flow;

/// <summary>
/// A profile as senders and receivers see it: its name, its BIN (company) or IIN (sole proprietor,
/// individual), and the email and language for mail to the profile itself, such as reminders.
/// </summary>
public sealed record ProfileFacts(
    Guid ProfileId,
    string Name,
    CounterpartyIdentifierKind IdentifierKind,
    string Identifier,
    string? Email,
    string Language = "ru")
{
    public SenderFacts ToSender() => new(Name, IdentifierKind, Identifier);
}
