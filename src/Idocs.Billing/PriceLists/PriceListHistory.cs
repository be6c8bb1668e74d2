using System.Globalization;
using Idocs.Common.Results;

namespace Idocs.Billing.PriceLists;

/// <summary>All published price list versions, for finding the one in force on a date.</summary>
public sealed class PriceListHistory
{
    private readonly List<PriceList> _versions;

    public PriceListHistory(IEnumerable<PriceList> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        _versions = versions.OrderBy(version => version.EffectiveFrom).ToList();
    }

    public IReadOnlyList<PriceList> Versions => _versions;

    /// <summary>Returns the version with the latest effective date on or before <paramref name="date"/>, or a failure naming the date.</summary>
    public Result<PriceList> InForceOn(DateOnly date)
    {
        var inForce = _versions.LastOrDefault(version => version.EffectiveFrom <= date);
        if (inForce is null)
        {
            return new Error(
                BillingErrorCodes.NoPriceListInForce,
                $"No price list is in force on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; platform staff must publish one that starts on or before that date.");
        }

        return inForce;
    }
}
