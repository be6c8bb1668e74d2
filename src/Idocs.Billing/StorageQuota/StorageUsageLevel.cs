namespace Idocs.Billing.StorageQuota;

public enum StorageUsageLevel
{
    /// <summary>Below the warning threshold.</summary>
    Normal,

    /// <summary>At or above the warning threshold but within the package.</summary>
    NearLimit,

    /// <summary>Above the package size.</summary>
    OverLimit,
}
