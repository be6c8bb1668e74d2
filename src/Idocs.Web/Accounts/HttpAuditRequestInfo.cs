using Idocs.Documents.Audit;

namespace Idocs.Web.Accounts;

/// <summary>The client address and user agent of the current request, for audit actor snapshots.</summary>
public sealed class HttpAuditRequestInfo(IHttpContextAccessor accessor) : IAuditRequestInfo
{
    private const int MaxUserAgentLength = 512;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? UserAgent
    {
        get
        {
            var userAgent = accessor.HttpContext?.Request.Headers.UserAgent.ToString();
            return string.IsNullOrEmpty(userAgent) ? null : userAgent[..Math.Min(userAgent.Length, MaxUserAgentLength)];
        }
    }
}
