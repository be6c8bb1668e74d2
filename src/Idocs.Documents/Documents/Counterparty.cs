using System.Net.Mail;
using Idocs.Common.Results;

namespace Idocs.Documents.Documents;

/// <summary>The other party of an external document: a BIN, an IIN or, for an unregistered party, an email.</summary>
public sealed record Counterparty
{
    private Counterparty(CounterpartyIdentifierKind kind, string identifier, string name)
    {
        Kind = kind;
        Identifier = identifier;
        Name = name;
    }

    public CounterpartyIdentifierKind Kind { get; }

    /// <summary>The BIN, IIN (12 digits) or email address, normalized.</summary>
    public string Identifier { get; }

    /// <summary>The name shown to users, for example "ТОО Ромашка".</summary>
    public string Name { get; }

    public static Result<Counterparty> Create(CounterpartyIdentifierKind kind, string? identifier, string? name)
    {
        var trimmed = identifier?.Trim() ?? string.Empty;
        var displayName = name?.Trim() ?? string.Empty;
        if (displayName.Length is 0 or > 500)
        {
            return new Error(
                DocumentErrorCodes.InvalidCounterparty,
                $"Counterparty name must have 1 to 500 characters, but has {displayName.Length}.");
        }

        switch (kind)
        {
            case CounterpartyIdentifierKind.Bin or CounterpartyIdentifierKind.Iin:
                if (!TaxIdentifier.IsValid(trimmed))
                {
                    return new Error(
                        DocumentErrorCodes.InvalidCounterparty,
                        $"'{trimmed}' is not a valid {kind.ToString().ToUpperInvariant()}: expected 12 digits with a correct control digit.");
                }

                return new Counterparty(kind, trimmed, displayName);

            case CounterpartyIdentifierKind.Email:
                if (!MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed)
                {
                    return new Error(
                        DocumentErrorCodes.InvalidCounterparty,
                        $"'{trimmed}' is not a valid email address; enter an address such as name@example.kz.");
                }

                return new Counterparty(kind, address.Address.ToLowerInvariant(), displayName);

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown counterparty identifier kind.");
        }
    }
}
