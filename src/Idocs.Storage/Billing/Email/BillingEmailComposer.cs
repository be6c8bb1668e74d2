using System.Globalization;
using Idocs.Billing.Invoices;
using Idocs.PrintForms.Invoices;
using MimeKit;

namespace Idocs.Storage.Billing.Email;

/// <summary>Writes the Russian text of the billing emails.</summary>
public static class BillingEmailComposer
{
    public const string Signature = "\n\nС уважением,\nкоманда Idocs";

    public static MimeMessage TrialEndingSoon(string companyName, DateTimeOffset trialEndsAt, TimeZoneInfo timeZone)
    {
        var ends = FormatLocal(trialEndsAt, timeZone);
        return Text(
            $"Пробный период Idocs заканчивается {ends}",
            $"Здравствуйте!\n\nПробный период компании «{companyName}» в Idocs заканчивается {ends}. "
            + "Чтобы и дальше отправлять документы контрагентам, выберите тариф в разделе «Биллинг / Подписки». "
            + "Получение, просмотр и скачивание документов останутся доступны и без тарифа." + Signature);
    }

    public static MimeMessage TrialEnded(string companyName, DateTimeOffset trialEndsAt, TimeZoneInfo timeZone)
    {
        var ended = FormatLocal(trialEndsAt, timeZone);
        return Text(
            "Пробный период Idocs закончился",
            $"Здравствуйте!\n\nПробный период компании «{companyName}» в Idocs закончился {ended}. "
            + "Отправка документов контрагентам приостановлена, пока вы не подключите тариф в разделе «Биллинг / Подписки». "
            + "Получение, просмотр и скачивание документов работают как прежде." + Signature);
    }

    public static MimeMessage InvoiceIssued(string companyName, Invoice invoice, byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var number = InvoiceNumbers.Of(invoice);
        var period = InvoiceTextFormat.Period(invoice.Period.Year, invoice.Period.Month);
        var body = new TextPart("plain")
        {
            Text = $"Здравствуйте!\n\nКомпании «{companyName}» выставлен счёт № {number} за {period} "
                + $"на сумму {InvoiceTextFormat.Money(invoice.Total.Amount)} тенге. "
                + "Счёт приложен к письму и доступен в разделе «Биллинг / История». "
                + "Дополнительные адреса для писем о счетах можно указать в разделе «Биллинг / Оплата»." + Signature,
        };
        var attachment = new MimePart("application", "pdf")
        {
            Content = new MimeContent(new MemoryStream(pdf)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = $"invoice-{number}.pdf",
        };
        var message = new MimeMessage { Subject = $"Счёт Idocs № {number} за {period}" };
        message.Body = new Multipart("mixed") { body, attachment };
        return message;
    }

    private static MimeMessage Text(string subject, string text) =>
        new() { Subject = subject, Body = new TextPart("plain") { Text = text } };

    private static string FormatLocal(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, timeZone);
        return local.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + $" ({timeZone.Id})";
    }
}
