using System.Globalization;

namespace Idocs.PrintForms.Invoices;

/// <summary>
/// Russian formatting of invoice values. It uses fixed patterns rather than the ru-RU culture, so
/// the text is the same on hosts whose ICU data differ.
/// </summary>
public static class InvoiceTextFormat
{
    private static readonly string[] MonthNames =
    [
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ];

    private static readonly NumberFormatInfo MoneyFormat = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = " ",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>Formats an amount as <c>10 500,00</c>: groups of three digits and a decimal comma.</summary>
    public static string Money(decimal amount) => amount.ToString("#,0.00", MoneyFormat);

    /// <summary>Formats a month as <c>ноябрь 2026</c>.</summary>
    public static string Period(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return string.Create(CultureInfo.InvariantCulture, $"{MonthNames[month - 1]} {year}");
    }

    /// <summary>Formats a date as <c>30.11.2026</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
