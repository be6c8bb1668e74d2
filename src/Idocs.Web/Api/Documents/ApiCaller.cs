using System.Globalization;
using System.Security.Claims;
using Idocs.Web.Security;

namespace Idocs.Web.Api.Documents;

/// <summary>The employee a document request acts as, read from the authenticated principal, and the request's client details.</summary>
internal sealed record ApiCaller(Guid EmployeeId, string? IpAddress, string IdempotencyKey)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Returns null when the principal carries no employee claim (not signed in, or no profile chosen).</summary>
    public static ApiCaller? From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claim = context.User.FindFirstValue(IdocsClaimTypes.EmployeeId);
        if (!Guid.TryParseExact(claim, "D", out var employeeId))
        {
            return null;
        }

        // Without the header every request is new; the engine checks the length of a given key.
        var key = context.Request.Headers[IdempotencyKeyHeader].ToString();
        if (string.IsNullOrWhiteSpace(key))
        {
            key = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        }

        return new ApiCaller(employeeId, context.Connection.RemoteIpAddress?.ToString(), key);
    }
}
