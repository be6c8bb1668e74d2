using System.Globalization;
using Idocs.Common.Results;

namespace Idocs.Billing.Money;

/// <summary>
/// An amount in Kazakhstani tenge (KZT), kept as a decimal with at most two fractional digits
/// (tiyn). Sums and whole-number multiples are exact. The only rounding step is
/// <see cref="Prorate"/>, which rounds half away from zero to whole tiyn, the usual rule for
/// accounting amounts. Floating-point types never enter a calculation.
/// </summary>
public readonly record struct Tenge : IComparable<Tenge>
{
    /// <summary>The number of fractional digits an amount may have: one tiyn is 0.01 KZT.</summary>
    public const int FractionalDigits = 2;

    public static readonly Tenge Zero = new(0m);

    private Tenge(decimal amount) => Amount = amount;

    /// <summary>The amount in tenge with at most two fractional digits.</summary>
    public decimal Amount { get; }

    /// <summary>
    /// Creates an amount from a value the code controls. Throws on more than two fractional digits,
    /// because that is a programming error; use <see cref="Create"/> for input from outside.
    /// </summary>
    public static Tenge Of(decimal amount)
    {
        if (decimal.Round(amount, FractionalDigits) != amount)
        {
            throw new ArgumentException(
                $"The amount {amount.ToString(CultureInfo.InvariantCulture)} KZT has more than two fractional digits.",
                nameof(amount));
        }

        return new Tenge(amount + 0.00m);
    }

    /// <summary>Validates an amount entered by a person: non-negative, at most two fractional digits.</summary>
    public static Result<Tenge> Create(decimal amount, string fieldName)
    {
        var text = amount.ToString(CultureInfo.InvariantCulture);
        if (amount < 0m)
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"The {fieldName} {text} KZT is negative; enter zero or a positive amount.");
        }

        if (decimal.Round(amount, FractionalDigits) != amount)
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"The {fieldName} {text} KZT has more than two fractional digits; round it to whole tiyn.");
        }

        return Of(amount);
    }

    /// <summary>
    /// Returns the share of this amount for <paramref name="numerator"/> out of
    /// <paramref name="denominator"/> parts (days of a month, for example), rounded half away from
    /// zero to whole tiyn. A full share returns the amount unchanged.
    /// </summary>
    public Tenge Prorate(int numerator, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numerator, denominator);

        if (numerator == denominator)
        {
            return this;
        }

        var share = Amount * numerator / denominator;
        return new Tenge(decimal.Round(share, FractionalDigits, MidpointRounding.AwayFromZero));
    }

    public static Tenge operator +(Tenge left, Tenge right) => new(left.Amount + right.Amount);

    public static Tenge operator -(Tenge left, Tenge right) => new(left.Amount - right.Amount);

    public static Tenge operator *(Tenge price, int quantity) => new(price.Amount * quantity);

    public static bool operator <(Tenge left, Tenge right) => left.Amount < right.Amount;

    public static bool operator >(Tenge left, Tenge right) => left.Amount > right.Amount;

    public static bool operator <=(Tenge left, Tenge right) => left.Amount <= right.Amount;

    public static bool operator >=(Tenge left, Tenge right) => left.Amount >= right.Amount;

    public static Tenge Add(Tenge left, Tenge right) => left + right;

    public static Tenge Subtract(Tenge left, Tenge right) => left - right;

    public static Tenge Multiply(Tenge price, int quantity) => price * quantity;

    /// <summary>Adds up amounts; an empty sequence is zero.</summary>
    public static Tenge Sum(IEnumerable<Tenge> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = Zero;
        foreach (var amount in amounts)
        {
            total += amount;
        }

        return total;
    }

    public int CompareTo(Tenge other) => Amount.CompareTo(other.Amount);

    /// <summary>Formats as <c>12345.50 KZT</c> with the invariant culture.</summary>
    public override string ToString() =>
        Amount.ToString("0.00", CultureInfo.InvariantCulture) + " KZT";
}
