namespace Idocs.Web.Api.Accounts;

/// <summary>Who acted: kind person, platformSupport or system, with a copy of their name and request details.</summary>
public sealed record AuditActorView(string Kind, Guid? Id, string Name, string? Iin, string? IpAddress, string? UserAgent);
