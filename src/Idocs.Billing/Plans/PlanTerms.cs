using Idocs.Billing.Money;

namespace Idocs.Billing.Plans;

/// <summary>A plan's prices and limits in one price list version.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="MonthlyFee">The subscription fee for a whole month. For Custom, the base fee before feature add-ons.</param>
/// <param name="PricePerExternalDocument">The price of one external document or one file of a package sent.</param>
/// <param name="Limits">What the plan allows. For Custom, the baseline that chosen features widen.</param>
public sealed record PlanTerms(PlanCode Plan, Tenge MonthlyFee, Tenge PricePerExternalDocument, PlanLimits Limits);
