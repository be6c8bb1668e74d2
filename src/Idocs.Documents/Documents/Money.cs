using System.Globalization;
using Idocs.Common.Results;

namespace Idocs.Documents.Documents;

/// <summary>An amount in a currency given by its ISO 4217 alphabetic code, for example 150000.00 KZT.</summary>
public sealed record Money
{
    private Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Result<Money> Create(decimal amount, string? currency)
    {
        if (amount < 0)
        {
            return new Error(
                DocumentErrorCodes.InvalidAmount,
                $"Amount {amount.ToString(CultureInfo.InvariantCulture)} is negative; enter zero or a positive amount.");
        }

        var code = currency?.Trim().ToUpperInvariant() ?? string.Empty;
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            return new Error(
                DocumentErrorCodes.InvalidAmount,
                $"Currency '{currency}' is not an ISO 4217 code; enter three letters such as KZT, RUB or USD.");
        }

        return new Money(amount, code);
    }

    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Currency}";
}
