using Idocs.Documents.Audit;

namespace Idocs.Documents.Tests.Fakes;

public sealed class FixedAuditRequestInfo : IAuditRequestInfo
{
    public string? IpAddress => "127.0.0.1";

    public string? UserAgent => "Idocs.Documents.Tests";
}
