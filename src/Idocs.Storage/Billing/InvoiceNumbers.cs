using System.Globalization;
using Idocs.Billing.Invoices;

namespace Idocs.Storage.Billing;

public static class InvoiceNumbers
{
    /// <summary>
    /// Returns the number printed on an invoice: its period and the first eight hex digits of its
    /// id, for example <c>2026-11-0193A2F4</c>. Ids are time-ordered, so numbers of one period sort by issue.
    /// </summary>
    public static string Of(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return string.Create(CultureInfo.InvariantCulture, $"{invoice.Period}-{invoice.Id.ToString("N")[..8].ToUpperInvariant()}");
    }
}
