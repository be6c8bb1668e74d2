namespace Idocs.PrintForms.Invoices;

/// <summary>
/// What an invoice PDF shows, in terms of its own so that this project needs no billing types.
/// Amounts are in tenge with at most two fractional digits.
/// </summary>
/// <param name="InvoiceNumber">The number printed in the title.</param>
/// <param name="IssuedOn">The local date the invoice was issued.</param>
/// <param name="PeriodYear">The year of the billed month.</param>
/// <param name="PeriodMonth">The billed month, 1 to 12.</param>
/// <param name="CustomerName">The company's registered name.</param>
/// <param name="CustomerBin">The company's BIN (or a sole proprietor's IIN).</param>
/// <param name="CustomerAddress">The company's legal address, or null when it is not known.</param>
/// <param name="Lines">The charges, in the order printed.</param>
/// <param name="Total">The amount due: the sum of the line amounts.</param>
/// <param name="IsPaid">True when the invoice is marked as paid.</param>
public sealed record InvoicePdfModel(
    string InvoiceNumber,
    DateOnly IssuedOn,
    int PeriodYear,
    int PeriodMonth,
    string CustomerName,
    string CustomerBin,
    string? CustomerAddress,
    IReadOnlyList<InvoicePdfLine> Lines,
    decimal Total,
    bool IsPaid);
