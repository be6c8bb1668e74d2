using Idocs.Billing.Periods;

namespace Idocs.Billing.Metering;

/// <summary>What recording a dispatch did.</summary>
/// <param name="UnitsRecorded">Units counted now.</param>
/// <param name="UnitsAlreadyRecorded">Units an earlier attempt of the same dispatch had already counted.</param>
/// <param name="Period">The billing period of the units counted now.</param>
public sealed record DispatchMetering(int UnitsRecorded, int UnitsAlreadyRecorded, BillingPeriod Period);
