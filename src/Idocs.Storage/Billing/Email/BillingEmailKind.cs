using System.Text.Json.Serialization;

namespace Idocs.Storage.Billing.Email;

/// <summary>The billing emails, stored by name in outbox payloads.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BillingEmailKind>))]
public enum BillingEmailKind
{
    /// <summary>The free trial ends soon, and the email offers to choose a plan.</summary>
    TrialEndingSoon,

    /// <summary>The free trial ended without a plan, so sending is blocked until one is connected.</summary>
    TrialEnded,

    /// <summary>A monthly invoice was issued, and the email carries its PDF.</summary>
    InvoiceIssued,
}
