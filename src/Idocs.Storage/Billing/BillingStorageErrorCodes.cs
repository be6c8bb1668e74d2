namespace Idocs.Storage.Billing;

/// <summary>Stable codes of the expected failures of billing's storage, mail and PDF adapters.</summary>
public static class BillingStorageErrorCodes
{
    /// <summary>The SMTP server could not be reached or rejected the email. The outbox retries it with back-off.</summary>
    public const string MailSendFailed = "billing.mail_send_failed";

    /// <summary>
    /// The company of an invoice has no profile, so the invoice PDF cannot name it. The accounts
    /// area must restore the profile, and the email is retried.
    /// </summary>
    public const string CompanyNotFound = "billing.company_not_found";
}
