using Idocs.Common.Results;
using Idocs.Documents;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Documents.Integrations.Idempotency;

namespace Idocs.Web.Api.Problems;

/// <summary>
/// Chooses the HTTP status of an <see cref="Error"/> from its stable code. Codes listed in
/// <see cref="ExactCodes"/> win; otherwise the last segment of the code decides (for example
/// <c>*.not_found</c> is 404, <c>*.already_*</c> is 409), and any other domain rule that the
/// request broke is 422.
/// </summary>
public static class ErrorStatusCodes
{
    private static readonly Dictionary<string, int> ExactCodes = new(StringComparer.Ordinal)
    {
        [CommonErrorCodes.NotFound] = StatusCodes.Status404NotFound,
        [CommonErrorCodes.InvalidInput] = StatusCodes.Status400BadRequest,
        [CommonErrorCodes.ConcurrencyConflict] = StatusCodes.Status409Conflict,
        [CommonErrorCodes.Forbidden] = StatusCodes.Status403Forbidden,
        ["uploads.too_large"] = StatusCodes.Status413PayloadTooLarge,
        ["files.too_large"] = StatusCodes.Status413PayloadTooLarge,
        ["files.unavailable"] = StatusCodes.Status503ServiceUnavailable,
        ["accounts.session_not_found"] = StatusCodes.Status401Unauthorized,
        ["accounts.session_expired"] = StatusCodes.Status401Unauthorized,
        ["accounts.session_revoked"] = StatusCodes.Status401Unauthorized,
        [AccountsErrorCodes.NoProfileSelected] = StatusCodes.Status403Forbidden,
        [ApiTokenErrorCodes.Unknown] = StatusCodes.Status401Unauthorized,
        [ApiTokenErrorCodes.Expired] = StatusCodes.Status401Unauthorized,
        [ApiTokenErrorCodes.Revoked] = StatusCodes.Status401Unauthorized,
        [IdempotencyErrorCodes.RequestInProgress] = StatusCodes.Status409Conflict,
        ["storage.lock_timeout"] = StatusCodes.Status503ServiceUnavailable,
        ["billing.mass_action_limit_exceeded"] = StatusCodes.Status402PaymentRequired,
        ["billing.storage_limit_exceeded"] = StatusCodes.Status402PaymentRequired,
        ["billing.feature_not_in_plan"] = StatusCodes.Status402PaymentRequired,
    };

    private static readonly (Func<string, bool> Matches, int Status)[] SegmentRules =
    [
        (segment => segment.EndsWith("not_found", StringComparison.Ordinal), StatusCodes.Status404NotFound),
        (segment => segment is "forbidden" or "right_missing" or "role_required" or "role_not_allowed"
            or "not_active_member" or "employee_blocked" or "actor_outranked" or "scope_missing", StatusCodes.Status403Forbidden),
        (segment => segment.StartsWith("already_", StringComparison.Ordinal)
            || segment.Contains("_already_", StringComparison.Ordinal)
            || segment.StartsWith("duplicate", StringComparison.Ordinal)
            || segment.EndsWith("conflict", StringComparison.Ordinal)
            || segment is "out_of_turn" or "unique_violation" or "serialization_failure" or "deadlock", StatusCodes.Status409Conflict),
        (segment => segment.EndsWith("too_large", StringComparison.Ordinal), StatusCodes.Status413PayloadTooLarge),
        (segment => segment.StartsWith("invalid", StringComparison.Ordinal)
            || segment.EndsWith("_required", StringComparison.Ordinal)
            || segment.EndsWith("_missing", StringComparison.Ordinal)
            || segment is "malformed" or "syntax_error" or "empty", StatusCodes.Status400BadRequest),
        (segment => segment is "unavailable" or "timeout" or "unreachable", StatusCodes.Status503ServiceUnavailable),
    ];

    /// <summary>Returns the HTTP status for <paramref name="code"/>.</summary>
    public static int For(string code)
    {
        ArgumentNullException.ThrowIfNull(code);

        if (ExactCodes.TryGetValue(code, out var exact))
        {
            return exact;
        }

        var segment = code[(code.LastIndexOf('.') + 1)..];
        foreach (var (matches, status) in SegmentRules)
        {
            if (matches(segment))
            {
                return status;
            }
        }

        return StatusCodes.Status422UnprocessableEntity;
    }
}
