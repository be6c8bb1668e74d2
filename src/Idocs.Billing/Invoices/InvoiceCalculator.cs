using Idocs.Billing.Metering;
using Idocs.Billing.Money;
using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using Idocs.Billing.PriceLists;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Results;

namespace Idocs.Billing.Invoices;

/// <summary>
/// Computes the lines of a company's invoice for one period. Each day of the period is charged by
/// the plan and storage package in force that local day, at the price list version in force that
/// day; each unit sent is charged by the plan in force when it was sent, at the version in force on
/// its local date, even when it was recorded late and falls into a later invoice. Lines split
/// wherever the plan or the price list version changes.
/// </summary>
public static class InvoiceCalculator
{
    public static Result<IReadOnlyList<InvoiceLine>> Calculate(
        BillingAccount account, BillingPeriod period, PriceListHistory prices, IReadOnlyList<MeteredUnit> units)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(units);

        var fees = CalculateFees(account, period, prices);
        if (!fees.IsSuccess)
        {
            return fees.Error;
        }

        var documents = CalculateDocuments(account, prices, units.Where(unit => unit.Period == period));
        if (!documents.IsSuccess)
        {
            return documents.Error;
        }

        return fees.Value.Concat(documents.Value).ToList();
    }

    private static Result<List<InvoiceLine>> CalculateFees(BillingAccount account, BillingPeriod period, PriceListHistory prices)
    {
        var segments = new List<FeeSegment>();
        for (var day = period.FirstDay; day <= period.LastDay; day = day.AddDays(1))
        {
            var term = account.TermOn(day);
            if (term?.Plan is null)
            {
                continue;
            }

            var priceList = prices.InForceOn(day);
            if (!priceList.IsSuccess)
            {
                return priceList.Error;
            }

            var last = segments.Count > 0 ? segments[^1] : null;
            if (last is not null && last.Term == term && last.PriceList == priceList.Value && last.To.AddDays(1) == day)
            {
                last.To = day;
            }
            else
            {
                segments.Add(new FeeSegment(term, priceList.Value, day));
            }
        }

        var planLines = new List<InvoiceLine>();
        var storageLines = new List<InvoiceLine>();
        foreach (var segment in segments)
        {
            var plan = segment.Term.Plan!.Value;
            var days = segment.To.DayNumber - segment.From.DayNumber + 1;
            var fee = segment.PriceList.MonthlyFeeOf(plan, segment.Term.Custom);
            planLines.Add(FeeLine(InvoiceLineKind.PlanFee, plan, null, segment, days, fee, period));

            if (segment.Term.StoragePackageCode is { } code)
            {
                var package = segment.PriceList.FindStoragePackage(code);
                if (package is null)
                {
                    return new Error(
                        BillingErrorCodes.UnknownStoragePackage,
                        $"The storage package '{code}' of company {account.CompanyId} is missing from price list version {segment.PriceList.Version}; platform staff must publish a version that prices it.");
                }

                storageLines.Add(FeeLine(InvoiceLineKind.StoragePackage, plan, code, segment, days, package.MonthlyFee, period));
            }
        }

        return planLines.Concat(storageLines).ToList();
    }

    private static InvoiceLine FeeLine(
        InvoiceLineKind kind, PlanCode plan, string? storagePackageCode, FeeSegment segment, int days, Tenge monthlyFee, BillingPeriod period) =>
        new(
            kind,
            plan,
            segment.Term.Id,
            storagePackageCode,
            segment.PriceList.Version,
            segment.From,
            segment.To,
            days,
            monthlyFee,
            monthlyFee.Prorate(days, period.DaysInPeriod),
            []);

    private static Result<List<InvoiceLine>> CalculateDocuments(
        BillingAccount account, PriceListHistory prices, IEnumerable<MeteredUnit> units)
    {
        var groups = new Dictionary<(PlanCode? Plan, int Version), List<MeteredUnit>>();
        var priceLists = new Dictionary<int, PriceList>();
        foreach (var unit in units.OrderBy(unit => unit.SentAt))
        {
            var plan = account.TermAt(unit.SentAt)?.Plan;
            var priceList = prices.InForceOn(unit.LocalDate);
            if (!priceList.IsSuccess)
            {
                return priceList.Error;
            }

            priceLists[priceList.Value.Version] = priceList.Value;
            var key = (plan, priceList.Value.Version);
            if (!groups.TryGetValue(key, out var group))
            {
                group = [];
                groups.Add(key, group);
            }

            group.Add(unit);
        }

        var lines = new List<InvoiceLine>();
        foreach (var ((plan, version), group) in groups)
        {
            // Units sent without a plan in force come from the free trial, or from a dispatch that
            // was already under way when the plan ended. They are listed at a zero price, so that
            // every unit stays traceable without charging for service the company had no plan for.
            var unitPrice = plan is { } paidPlan ? priceLists[version].Plans[paidPlan].PricePerExternalDocument : Tenge.Zero;
            lines.Add(new InvoiceLine(
                InvoiceLineKind.ExternalDocuments,
                plan,
                null,
                null,
                version,
                group.Min(unit => unit.LocalDate),
                group.Max(unit => unit.LocalDate),
                group.Count,
                unitPrice,
                unitPrice * group.Count,
                group.Select(unit => new BilledUnit(unit.DocumentId, unit.FileId, unit.SentAt)).ToList()));
        }

        return lines.OrderBy(line => line.ServiceFrom).ToList();
    }

    private sealed class FeeSegment(SubscriptionTerm term, PriceList priceList, DateOnly from)
    {
        public SubscriptionTerm Term { get; } = term;

        public PriceList PriceList { get; } = priceList;

        public DateOnly From { get; } = from;

        public DateOnly To { get; set; } = from;
    }
}
