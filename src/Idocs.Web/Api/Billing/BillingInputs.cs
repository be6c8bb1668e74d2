using Idocs.Billing.Money;
using Idocs.Billing.Plans;
using Idocs.Billing.PriceLists;
using Idocs.Common.Results;

namespace Idocs.Web.Api.Billing;

/// <summary>Parses billing request bodies, with errors that name the value and the accepted ones.</summary>
internal static class BillingInputs
{
    public static Result<PlanCode> ParsePlan(string? text)
    {
        if (Enum.TryParse<PlanCode>(text, ignoreCase: true, out var plan) && Enum.IsDefined(plan) && !int.TryParse(text, out _))
        {
            return plan;
        }

        return new Error(CommonErrorCodes.InvalidInput, $"The plan '{text}' is unknown; use Standard, Pro or Custom.");
    }

    public static Result<IReadOnlyCollection<PlanFeature>> ParseFeatures(IReadOnlyList<string>? texts)
    {
        var features = new List<PlanFeature>();
        foreach (var text in texts ?? [])
        {
            if (!Enum.TryParse<PlanFeature>(text, ignoreCase: true, out var feature) || !Enum.IsDefined(feature) || int.TryParse(text, out _))
            {
                return new Error(
                    CommonErrorCodes.InvalidInput, $"The feature '{text}' is unknown; use Designer, ApiAccess or ExtendedMassActions.");
            }

            features.Add(feature);
        }

        return features;
    }

    public static Result<PriceListDraft> ParsePriceList(PriceListBody? body)
    {
        if (body is null)
        {
            return new Error(CommonErrorCodes.InvalidInput, "The price list body is missing; send the start date, plans, feature prices and storage packages.");
        }

        var plans = new List<PlanTerms>();
        foreach (var terms in body.Plans ?? [])
        {
            var plan = ParsePlan(terms.Plan);
            var fee = Tenge.Create(terms.MonthlyFee, "monthly fee");
            var price = Tenge.Create(terms.PricePerExternalDocument, "price per external document");
            var failed = FirstError(plan.IsSuccess ? null : plan.Error, fee.IsSuccess ? null : fee.Error, price.IsSuccess ? null : price.Error);
            if (failed is not null)
            {
                return failed;
            }

            plans.Add(new PlanTerms(plan.Value, fee.Value, price.Value, new PlanLimits(terms.MaxMassActionSize, terms.Designer, terms.ApiAccess)));
        }

        var featurePrices = new Dictionary<PlanFeature, Tenge>();
        foreach (var (name, amount) in body.FeaturePrices ?? new Dictionary<string, decimal>())
        {
            var feature = ParseFeatures([name]);
            var price = Tenge.Create(amount, $"add-on price of {name}");
            var failed = FirstError(feature.IsSuccess ? null : feature.Error, price.IsSuccess ? null : price.Error);
            if (failed is not null)
            {
                return failed;
            }

            featurePrices[feature.Value!.Single()] = price.Value;
        }

        var packages = new List<StoragePackage>();
        foreach (var package in body.StoragePackages ?? [])
        {
            var fee = Tenge.Create(package.MonthlyFee, $"monthly fee of storage package {package.Code}");
            if (!fee.IsSuccess)
            {
                return fee.Error;
            }

            packages.Add(new StoragePackage(package.Code?.Trim() ?? string.Empty, package.SizeBytes, fee.Value));
        }

        return new PriceListDraft(body.EffectiveFrom, plans, featurePrices, packages);
    }

    private static Error? FirstError(params Error?[] errors) => errors.FirstOrDefault(error => error is not null);
}
