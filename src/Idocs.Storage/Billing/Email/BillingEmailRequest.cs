namespace Idocs.Storage.Billing.Email;

/// <summary>
/// The payload of a <see cref="BillingEmailRequest.MessageType"/> outbox message. The handler looks up
/// the recipients and composes the text when it delivers, so they are current at sending time.
/// </summary>
/// <param name="Kind">Which billing email.</param>
/// <param name="CompanyId">The company whose Director, Admins, Moderators and billing contacts receive it.</param>
/// <param name="InvoiceId">The invoice, for <see cref="BillingEmailKind.InvoiceIssued"/>.</param>
/// <param name="TrialEndsAt">The end of the trial, for the trial emails.</param>
public sealed record BillingEmailRequest(BillingEmailKind Kind, Guid CompanyId, Guid? InvoiceId, DateTimeOffset? TrialEndsAt)
{
    public const string MessageType = "billing.email";
}
