namespace Idocs.PrintForms.Invoices;

/// <summary>One charge of an invoice PDF.</summary>
/// <param name="Description">What is charged, in Russian, for example "Тариф Standard, 01.11.2026–30.11.2026".</param>
/// <param name="Quantity">Days or documents.</param>
/// <param name="Unit">The unit of <paramref name="Quantity"/>, for example "дн." or "шт.".</param>
/// <param name="UnitPrice">The price per unit or the monthly fee, in tenge.</param>
/// <param name="Amount">The line's amount in tenge.</param>
public sealed record InvoicePdfLine(string Description, int Quantity, string Unit, decimal UnitPrice, decimal Amount);
