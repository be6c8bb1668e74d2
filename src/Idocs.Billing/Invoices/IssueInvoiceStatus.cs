namespace Idocs.Billing.Invoices;

public enum IssueInvoiceStatus
{
    /// <summary>This call issued the invoice.</summary>
    Issued,

    /// <summary>The invoice existed already (an earlier run, or another node at the same time).</summary>
    AlreadyIssued,

    /// <summary>No plan or storage package was in force in the period and nothing paid was sent.</summary>
    NothingToBill,
}
