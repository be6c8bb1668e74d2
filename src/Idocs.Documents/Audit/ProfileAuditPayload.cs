using Idocs.Documents.Profiles;

namespace Idocs.Documents.Audit;

/// <summary>Details of <see cref="AuditEventType.ProfileRegistered"/>.</summary>
public sealed record ProfileAuditPayload(ProfileKind Kind, string IdentificationNumber, string Name, string CertificateSerialNumber) : AuditPayload;
