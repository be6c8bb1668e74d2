namespace Idocs.Documents.Passport;

/// <summary>
/// The number of events and the last hash, kept with the document in the same transaction, so
/// that removing the newest events is detected too.
/// </summary>
public sealed record PassportHead(long Count, string LastHash);
