using System.Globalization;
using Idocs.Common.Results;

namespace Idocs.Billing.Periods;

/// <summary>
/// A calendar month in the customer's time zone: the unit that plans are charged, documents are
/// counted and invoices are issued for.
/// </summary>
public readonly record struct BillingPeriod : IComparable<BillingPeriod>
{
    public BillingPeriod(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DaysInPeriod);

    public int DaysInPeriod => DateTime.DaysInMonth(Year, Month);

    /// <summary>Returns the period that contains <paramref name="date"/>.</summary>
    public static BillingPeriod Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Returns the period that contains <paramref name="instant"/> on the clock of <paramref name="timeZone"/>.</summary>
    public static BillingPeriod Containing(DateTimeOffset instant, TimeZoneInfo timeZone) =>
        Of(LocalCalendar.DateAt(instant, timeZone));

    public BillingPeriod Next() => Month == 12 ? new BillingPeriod(Year + 1, 1) : new BillingPeriod(Year, Month + 1);

    public BillingPeriod Previous() => Month == 1 ? new BillingPeriod(Year - 1, 12) : new BillingPeriod(Year, Month - 1);

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    /// <summary>The instant the period starts: local midnight of its first day.</summary>
    public DateTimeOffset StartsAt(TimeZoneInfo timeZone) => LocalCalendar.StartOfDay(FirstDay, timeZone);

    /// <summary>The instant the period ends (exclusive): local midnight of the next period's first day.</summary>
    public DateTimeOffset EndsAt(TimeZoneInfo timeZone) => Next().StartsAt(timeZone);

    /// <summary>Parses <c>yyyy-MM</c>, for example <c>2026-11</c>.</summary>
    public static Result<BillingPeriod> Parse(string? text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 9998)
        {
            return new BillingPeriod(date.Year, date.Month);
        }

        return new Error(
            CommonErrorCodes.InvalidInput,
            $"The billing period '{text}' is invalid; write it as year-month, for example 2026-11.");
    }

    public int CompareTo(BillingPeriod other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(BillingPeriod left, BillingPeriod right) => left.CompareTo(right) < 0;

    public static bool operator >(BillingPeriod left, BillingPeriod right) => left.CompareTo(right) > 0;

    public static bool operator <=(BillingPeriod left, BillingPeriod right) => left.CompareTo(right) <= 0;

    public static bool operator >=(BillingPeriod left, BillingPeriod right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
