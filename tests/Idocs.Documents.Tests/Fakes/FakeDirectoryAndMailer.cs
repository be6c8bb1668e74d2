using Idocs.Documents.Dispatch;
using Idocs.Documents.Documents;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>Registered profiles by BIN or IIN, and the invitations queued for mail.</summary>
public sealed class FakeDirectoryAndMailer : ICounterpartyDirectoryPort, IInvitationMailer
{
    private readonly Dictionary<string, Guid> _profiles = [];
    private readonly List<LinkInvitation> _invitations = [];

    public IReadOnlyList<LinkInvitation> Invitations => _invitations;

    public void Register(string identifier, Guid profileId) => _profiles[identifier] = profileId;

    public Task<Guid?> FindProfileAsync(CounterpartyIdentifierKind kind, string identifier, CancellationToken cancellationToken) =>
        Task.FromResult(_profiles.TryGetValue(identifier, out var id) ? id : (Guid?)null);

    public Task EnqueueAsync(LinkInvitation invitation, CancellationToken cancellationToken)
    {
        _invitations.Add(invitation);
        return Task.CompletedTask;
    }
}
