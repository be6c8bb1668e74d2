using Idocs.Common.Results;
using Idocs.Documents.Billing;
using Idocs.Documents.Flow;
using Idocs.Documents.Notifications.Settings;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>Profiles, mail subscribers, plan limits and sending as accounts and billing would report them.</summary>
public sealed class FakeFlowDirectory : IProfileFactsPort, ISubscriberPort, IPlanLimitPort, ISendingBillingPort
{
    private readonly HashSet<Guid> _sendingBlocked = [];
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

    /// <summary>Makes billing refuse sending for the profile, as after a trial without a plan.</summary>
    public void BlockSending(Guid profileId) => _sendingBlocked.Add(profileId);

    public Task<Result> CheckSendingAsync(Guid profileId, CancellationToken cancellationToken) =>
        Task.FromResult(_sendingBlocked.Contains(profileId)
            ? Result.Failure(SendingErrorCodes.SendingBlocked, "Sending is blocked because the free trial ended and no plan is connected.")
            : Result.Success());

    public Task<Result> MeterAsync(MeteredDispatch dispatch, CancellationToken cancellationToken) => Task.FromResult(Result.Success());
}
