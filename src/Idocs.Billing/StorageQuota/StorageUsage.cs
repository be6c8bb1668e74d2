namespace Idocs.Billing.StorageQuota;

/// <summary>A company's internal storage usage measured against its package.</summary>
/// <param name="StoragePackageCode">The package in force.</param>
/// <param name="UsedBytes">Bytes in use.</param>
/// <param name="LimitBytes">The package size in bytes.</param>
/// <param name="UsedShare">Used bytes divided by the package size, for example 0.93.</param>
/// <param name="Level">Normal, near the limit (at or above the configured threshold) or over it.</param>
public sealed record StorageUsage(string StoragePackageCode, long UsedBytes, long LimitBytes, decimal UsedShare, StorageUsageLevel Level);
