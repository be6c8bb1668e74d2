using Idocs.Documents.Authentication.Sessions;

namespace Idocs.Documents.Authentication;

/// <summary>
/// A successful login: the session and the profiles the person may choose. With exactly one profile
/// the session has already selected it.
/// </summary>
public sealed record LoginOutcome(OpenedSession Session, Guid PersonId, IReadOnlyList<ProfileChoice> Profiles);
