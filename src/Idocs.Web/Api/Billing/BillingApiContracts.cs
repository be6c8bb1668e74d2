using Idocs.Billing.CustomPlans;
using Idocs.Billing.Invoices;
using Idocs.Billing.Limits;
using Idocs.Billing.Plans;
using Idocs.Billing.PriceLists;
using Idocs.Billing.Subscriptions;
using Idocs.Storage.Billing;

namespace Idocs.Web.Api.Billing;

/// <summary>Connect or change: the plan and the optional internal storage package.</summary>
internal sealed record PlanRequest(string? Plan, string? StoragePackageCode);

internal sealed record BillingContactsRequest(IReadOnlyList<string> Emails);

internal sealed record MarkPaidRequest(DateOnly PaidOn, string? PaymentReference);

internal sealed record CustomPlanRequestBody(IReadOnlyList<string> Features, int? MaxMassActionSize, string? StoragePackageCode);

internal sealed record ApproveCustomPlanRequest(DateOnly StartsOn);

internal sealed record RejectCustomPlanRequest(string Reason);

internal sealed record PlanTermsBody(string Plan, decimal MonthlyFee, decimal PricePerExternalDocument, int? MaxMassActionSize, bool Designer, bool ApiAccess);

internal sealed record StoragePackageBody(string Code, long SizeBytes, decimal MonthlyFee);

internal sealed record PriceListBody(
    DateOnly EffectiveFrom, IReadOnlyList<PlanTermsBody> Plans, IReadOnlyDictionary<string, decimal> FeaturePrices, IReadOnlyList<StoragePackageBody> StoragePackages);

internal sealed record ScheduledChangeResponse(DateTimeOffset EffectiveAt, string? Plan, string? StoragePackageCode, bool DisablesPlan);

internal sealed record SubscriptionResponse(
    string? CurrentPlan,
    IReadOnlyList<string> CustomFeatures,
    string? StoragePackageCode,
    bool TrialActive,
    DateTimeOffset TrialEndsAt,
    ScheduledChangeResponse? Scheduled)
{
    public static SubscriptionResponse From(SubscriptionStatus status) =>
        new(
            status.CurrentPlan?.DisplayName(),
            status.CurrentCustom?.Features.Select(feature => feature.ToString()).Order(StringComparer.Ordinal).ToList() ?? [],
            status.CurrentStoragePackageCode,
            status.Trial.IsActive,
            status.Trial.EndsAt,
            status.Scheduled is { } scheduled
                ? new ScheduledChangeResponse(scheduled.EffectiveAt, scheduled.Plan?.DisplayName(), scheduled.StoragePackageCode, scheduled.DisablesPlan)
                : null);
}

internal sealed record PlanLimitsResponse(string Plan, bool IsTrial, int? MaxMassActionSize, bool Designer, bool ApiAccess)
{
    public static PlanLimitsResponse From(EffectivePlan plan) =>
        new(plan.Name, plan.IsTrial, plan.Limits.MaxMassActionSize, plan.Limits.Designer, plan.Limits.ApiAccess);
}

internal sealed record InvoiceLineResponse(
    string Kind, string? Plan, string? StoragePackageCode, int PriceListVersion, DateOnly ServiceFrom, DateOnly ServiceTo, int Quantity, decimal UnitPrice, decimal Amount);

internal sealed record InvoiceResponse(
    Guid Id, string Number, string Period, DateTimeOffset IssuedAt, decimal Total, string Status, DateOnly? PaidOn, IReadOnlyList<InvoiceLineResponse> Lines)
{
    public static InvoiceResponse From(Invoice invoice) =>
        new(
            invoice.Id,
            InvoiceNumbers.Of(invoice),
            invoice.Period.ToString(),
            invoice.IssuedAt,
            invoice.Total.Amount,
            invoice.Status.ToString(),
            invoice.PaidOn,
            invoice.Lines.Select(line => new InvoiceLineResponse(
                line.Kind.ToString(),
                line.Plan?.DisplayName(),
                line.StoragePackageCode,
                line.PriceListVersion,
                line.ServiceFrom,
                line.ServiceTo,
                line.Quantity,
                line.UnitPrice.Amount,
                line.Amount.Amount)).ToList());
}

internal sealed record PriceListResponse(int Version, DateOnly EffectiveFrom, IReadOnlyList<PlanTermsBody> Plans, IReadOnlyDictionary<string, decimal> FeaturePrices, IReadOnlyList<StoragePackageBody> StoragePackages)
{
    public static PriceListResponse From(PriceList priceList) =>
        new(
            priceList.Version,
            priceList.EffectiveFrom,
            priceList.Plans.Values.Select(terms => new PlanTermsBody(
                terms.Plan.ToString(),
                terms.MonthlyFee.Amount,
                terms.PricePerExternalDocument.Amount,
                terms.Limits.MaxMassActionSize,
                terms.Limits.Designer,
                terms.Limits.ApiAccess)).ToList(),
            priceList.FeaturePrices.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value.Amount),
            priceList.StoragePackages.Select(package => new StoragePackageBody(package.Code, package.SizeBytes, package.MonthlyFee.Amount)).ToList());
}

internal sealed record CustomPlanRequestResponse(Guid Id, Guid CompanyId, IReadOnlyList<string> Features, int? MaxMassActionSize, string Status, DateOnly? StartsOn)
{
    public static CustomPlanRequestResponse From(CustomPlanRequest request) =>
        new(
            request.Id,
            request.CompanyId,
            request.Terms.Features.Select(feature => feature.ToString()).Order(StringComparer.Ordinal).ToList(),
            request.Terms.MaxMassActionSize,
            request.Status.ToString(),
            request.StartsOn);
}
