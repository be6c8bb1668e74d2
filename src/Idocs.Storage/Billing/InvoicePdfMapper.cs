using System.Globalization;
using Idocs.Billing.Invoices;
using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using Idocs.PrintForms.Invoices;

namespace Idocs.Storage.Billing;

/// <summary>Maps a billing invoice onto the print model of <see cref="InvoicePdfRenderer"/>, with Russian line texts.</summary>
public static class InvoicePdfMapper
{
    public static InvoicePdfModel ToModel(Invoice invoice, BillingCompanyRequisites company)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(company);
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(invoice.TimeZoneId);
        return new InvoicePdfModel(
            InvoiceNumbers.Of(invoice),
            LocalCalendar.DateAt(invoice.IssuedAt, timeZone),
            invoice.Period.Year,
            invoice.Period.Month,
            company.Name,
            company.Bin,
            company.Address,
            invoice.Lines.Select(ToLine).ToList(),
            invoice.Total.Amount,
            invoice.Status == InvoiceStatus.Paid);
    }

    private static InvoicePdfLine ToLine(InvoiceLine line)
    {
        var dates = $"{InvoiceTextFormat.Date(line.ServiceFrom)}–{InvoiceTextFormat.Date(line.ServiceTo)}";
        var version = line.PriceListVersion.ToString(CultureInfo.InvariantCulture);
        return line.Kind switch
        {
            InvoiceLineKind.PlanFee => new InvoicePdfLine(
                $"Абонентская плата по тарифу {line.Plan?.DisplayName()}, {dates}; цена за месяц, прайс-лист версии {version}",
                line.Quantity,
                "дн.",
                line.UnitPrice.Amount,
                line.Amount.Amount),
            InvoiceLineKind.StoragePackage => new InvoicePdfLine(
                $"Пакет хранения {line.StoragePackageCode}, {dates}; цена за месяц, прайс-лист версии {version}",
                line.Quantity,
                "дн.",
                line.UnitPrice.Amount,
                line.Amount.Amount),
            _ => new InvoicePdfLine(
                $"Внешние документы и файлы пакетов, {dates}; прайс-лист версии {version}",
                line.Quantity,
                "шт.",
                line.UnitPrice.Amount,
                line.Amount.Amount),
        };
    }
}
