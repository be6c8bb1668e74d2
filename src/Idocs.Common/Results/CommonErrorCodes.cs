namespace Idocs.Common.Results;

/// <summary>Error codes shared by every part of the platform.</summary>
public static class CommonErrorCodes
{
    /// <summary>The entity the caller named does not exist or is not visible to the caller.</summary>
    public const string NotFound = "common.not_found";

    /// <summary>An input failed validation; the message names the value and the rule.</summary>
    public const string InvalidInput = "common.invalid_input";

    /// <summary>
    /// Someone else changed the entity since the caller read it; the caller reloads and retries.
    /// </summary>
    public const string ConcurrencyConflict = "common.concurrency_conflict";

    /// <summary>The caller lacks the right the operation needs.</summary>
    public const string Forbidden = "common.forbidden";
}
