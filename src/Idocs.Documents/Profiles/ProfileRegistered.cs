using Idocs.Documents.Events;

namespace Idocs.Documents.Profiles;

/// <summary>A profile was registered. Billing opens its account on this event, which starts the free trial.</summary>
public sealed record ProfileRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ProfileId,
    ProfileKind Kind,
    string IdentificationNumber,
    string Name,
    string Email) : IAccountEvent;
