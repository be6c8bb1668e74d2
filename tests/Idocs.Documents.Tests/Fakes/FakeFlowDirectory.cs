using Idocs.Documents.Flow;
using Idocs.Documents.Notifications.Settings;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>Profiles, mail subscribers and plan limits as accounts and billing would report them.</summary>
public sealed class FakeFlowDirectory : IProfileFactsPort, ISubscriberPort, IPlanLimitPort
{
    private readonly Dictionary<Guid, ProfileFacts> _profiles = [];
    private readonly Dictionary<Guid, MailRecipient> _subscribers = [];
    private readonly Dictionary<Guid, int?> _limits = [];

    public void AddProfile(ProfileFacts profile) => _profiles[profile.ProfileId] = profile;

    public void Subscribe(Guid employeeId, MailRecipient recipient) => _subscribers[employeeId] = recipient;

    public void SetLimit(Guid profileId, int? limit) => _limits[profileId] = limit;

    public Task<ProfileFacts?> FindAsync(Guid profileId, CancellationToken cancellationToken) =>
        Task.FromResult(_profiles.GetValueOrDefault(profileId));

    public Task<MailRecipient?> FindAsync(Guid employeeId, DocumentStatusEvent statusEvent, CancellationToken cancellationToken) =>
        Task.FromResult(_subscribers.GetValueOrDefault(employeeId));

    public Task<int?> FindMassActionLimitAsync(Guid profileId, CancellationToken cancellationToken) =>
        Task.FromResult(_limits.TryGetValue(profileId, out var limit) ? limit : 30);
}
