namespace Idocs.Billing;

/// <summary>Stable codes of the expected billing failures.</summary>
public static class BillingErrorCodes
{
    /// <summary>
    /// The free trial ended and the company never connected a plan, so sending external documents is
    /// blocked. Receiving, viewing and downloading still work. The cabinet offers to choose a plan.
    /// </summary>
    public const string TrialEndedWithoutPlan = "billing.trial_ended_without_plan";

    /// <summary>
    /// The company's plan was disabled and no other plan is in force, so sending external documents
    /// is blocked. Receiving, viewing and downloading still work.
    /// </summary>
    public const string NoPlanInForce = "billing.no_plan_in_force";

    /// <summary>A mass action selected more documents than the plan in force allows.</summary>
    public const string MassActionLimitExceeded = "billing.mass_action_limit_exceeded";

    /// <summary>The plan in force does not include the feature (route designer, API access).</summary>
    public const string FeatureNotInPlan = "billing.feature_not_in_plan";

    /// <summary>Storing the file would take internal storage past the company's package size.</summary>
    public const string StorageLimitExceeded = "billing.storage_limit_exceeded";

    /// <summary>The company has no internal storage package, so internal document flow is off.</summary>
    public const string NoStoragePackage = "billing.no_storage_package";

    /// <summary>The price list in force has no storage package with the requested code.</summary>
    public const string UnknownStoragePackage = "billing.unknown_storage_package";

    /// <summary>
    /// No price list is in force on the date a charge needs one. Platform staff publish a price list
    /// that starts on or before that date; invoices for the period cannot be issued until then.
    /// </summary>
    public const string NoPriceListInForce = "billing.no_price_list_in_force";

    /// <summary>
    /// A new price list version must start after today (platform time zone), because a version that
    /// starts today or earlier would reprice service already used.
    /// </summary>
    public const string PriceListStartsTooEarly = "billing.price_list_starts_too_early";

    /// <summary>The requested plan is the one already in force and nothing is scheduled to replace it.</summary>
    public const string PlanAlreadyInForce = "billing.plan_already_in_force";

    /// <summary>Custom is never connected directly: the company requests it and a manager approves it.</summary>
    public const string CustomPlanNeedsApproval = "billing.custom_plan_needs_approval";

    /// <summary>The company has no plan to change or disable; connect one instead.</summary>
    public const string NoPlanToChange = "billing.no_plan_to_change";

    /// <summary>There is no scheduled plan change to cancel.</summary>
    public const string NoScheduledChange = "billing.no_scheduled_change";

    /// <summary>The Custom plan request was already approved or rejected.</summary>
    public const string CustomPlanRequestClosed = "billing.custom_plan_request_closed";

    /// <summary>
    /// The billing period has not ended yet in the company's time zone, so its invoice cannot be
    /// issued. The monthly run retries later.
    /// </summary>
    public const string PeriodNotEnded = "billing.period_not_ended";

    /// <summary>
    /// Issuing one company's invoice raised an unexpected exception during the monthly run. The
    /// exception is in the error log, and the next run retries the company.
    /// </summary>
    public const string InvoiceIssueFailed = "billing.invoice_issue_failed";

    /// <summary>The invoice is already marked as paid.</summary>
    public const string InvoiceAlreadyPaid = "billing.invoice_already_paid";

    /// <summary>The company already has a billing account; registration was repeated.</summary>
    public const string AccountAlreadyExists = "billing.account_already_exists";
}
