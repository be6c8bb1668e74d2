using Microsoft.Extensions.Options;

namespace Idocs.Documents.Authentication.Sessions;

/// <summary>Starts a session for a person who just proved their identity by login or registration.</summary>
public sealed class OpenSession(ISessionStore sessions, TimeProvider clock, IOptions<AccountsOptions> options)
{
    public async Task<OpenedSession> RunAsync(Guid personId, string origin, (Guid ProfileId, Guid EmployeeId)? selected, CancellationToken cancellationToken)
    {
        var lifetime = options.Value.SessionLifetime;
        if (lifetime <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Accounts:SessionLifetime is {lifetime}; configure a positive duration.");
        }

        var token = SessionToken.Create();
        var session = Session.Start(SessionToken.Hash(token), personId, origin, clock.GetUtcNow(), lifetime, clock);
        if (selected is { } choice)
        {
            session.SelectProfile(choice.ProfileId, choice.EmployeeId);
        }

        await sessions.AddAsync(session, cancellationToken).ConfigureAwait(false);
        return new OpenedSession(token, session);
    }
}
