using Idocs.Billing.Money;

namespace Idocs.Billing.Plans;

/// <summary>An internal storage package a company may buy for internal document flow.</summary>
/// <param name="Code">Stable code, for example <c>storage-10gb</c>.</param>
/// <param name="SizeBytes">The storage volume the package allows, in bytes.</param>
/// <param name="MonthlyFee">The fee for a whole month.</param>
public sealed record StoragePackage(string Code, long SizeBytes, Tenge MonthlyFee);
