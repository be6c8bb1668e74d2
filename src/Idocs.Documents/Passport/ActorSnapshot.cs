namespace Idocs.Documents.Passport;

/// <summary>
/// The person who acted, copied at the time of the event so the passport stays true after a
/// profile changes. <see cref="Id"/> is null for an unregistered counterparty acting by link.
/// </summary>
public sealed record ActorSnapshot(Guid? Id, string Name, string? Iin);
