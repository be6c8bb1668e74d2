namespace Idocs.Documents.Audit;

/// <summary>The client address and user agent of the current request, which the web layer provides for audit events.</summary>
public interface IAuditRequestInfo
{
    string? IpAddress { get; }

    string? UserAgent { get; }
}
