namespace Idocs.Billing.Invoices;

public enum InvoiceStatus
{
    Issued,
    Paid,
}
