using Idocs.Documents.Documents;

namespace Idocs.Documents.Dispatch;

/// <summary>The sending profile shown to the receiver: its name and its BIN or IIN.</summary>
public sealed record SenderFacts(string Name, CounterpartyIdentifierKind IdentifierKind, string Identifier);
