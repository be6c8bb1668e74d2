namespace Idocs.Storage.Billing.Email;

public enum BillingEmailKind
{
    /// <summary>The free trial ends soon; the email offers to choose a plan.</summary>
    TrialEndingSoon,

    /// <summary>The free trial ended without a plan; sending is blocked until one is connected.</summary>
    TrialEnded,

    /// <summary>A monthly invoice was issued; the email carries its PDF.</summary>
    InvoiceIssued,
}
