using Idocs.Documents.Passport;

namespace Idocs.Web.Cabinet.Documents;

/// <summary>One passport event as the document page lists it.</summary>
public sealed record PassportLine(long Sequence, PassportEventType Type, string ActorName, DateTimeOffset OccurredAt, string? IpAddress, string? CertificateSerial);
