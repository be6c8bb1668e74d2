using System.Collections.Concurrent;
using Idocs.Common.Results;
using Idocs.Documents.Billing;
using Idocs.Documents.Dispatch;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Notifications.Settings;
using Idocs.Documents.Signing;

namespace Idocs.Storage.Tests.Documents.Flow;

/// <summary>
/// The accounts and billing ports the document flow reads, as those areas would answer: employees
/// with their rights, profiles by id and by BIN or IIN, mail subscribers, per-plan limits, and
/// billing's sending check and metering, which counts each document once however often it arrives.
/// </summary>
internal sealed class FlowPorts : IEmployeeFactsPort, ICounterpartyDirectoryPort, IProfileFactsPort, ISubscriberPort, IPlanLimitPort, ISendingBillingPort
{
    private readonly ConcurrentDictionary<Guid, byte> _sendingBlocked = [];
    private readonly ConcurrentDictionary<Guid, int> _deliveries = [];
    private readonly ConcurrentDictionary<Guid, byte> _metered = [];
    private readonly Dictionary<Guid, EmployeeSigningFacts> _employees = [];
    private readonly Dictionary<Guid, ProfileFacts> _profiles = [];
    private readonly Dictionary<Guid, int?> _limits = [];

    public void AddEmployee(EmployeeSigningFacts employee) => _employees[employee.EmployeeId] = employee;

    public void AddProfile(ProfileFacts profile) => _profiles[profile.ProfileId] = profile;

    public void SetLimit(Guid profileId, int? limit) => _limits[profileId] = limit;

    public Task<EmployeeSigningFacts?> FindAsync(Guid employeeId, CancellationToken cancellationToken) =>
        Task.FromResult(_employees.GetValueOrDefault(employeeId));

    public Task<Guid?> FindProfileAsync(CounterpartyIdentifierKind kind, string identifier, CancellationToken cancellationToken) =>
        Task.FromResult(_profiles.Values.FirstOrDefault(profile => profile.IdentifierKind == kind && profile.Identifier == identifier)?.ProfileId);

    Task<ProfileFacts?> IProfileFactsPort.FindAsync(Guid profileId, CancellationToken cancellationToken) =>
        Task.FromResult(_profiles.GetValueOrDefault(profileId));

    public Task<MailRecipient?> FindAsync(Guid employeeId, DocumentStatusEvent statusEvent, CancellationToken cancellationToken) =>
        Task.FromResult(_employees.TryGetValue(employeeId, out var employee)
            ? new MailRecipient($"{employee.EmployeeId:N}@staff.example", employee.FullName)
            : null);

    public Task<int?> FindMassActionLimitAsync(Guid profileId, CancellationToken cancellationToken) =>
        Task.FromResult(_limits.TryGetValue(profileId, out var limit) ? limit : 30);

    public void BlockSending(Guid profileId) => _sendingBlocked[profileId] = 0;

    public void AllowSending(Guid profileId) => _sendingBlocked.TryRemove(profileId, out _);

    /// <summary>How many metering messages arrived for the document.</summary>
    public int MeteringDeliveries(Guid documentId) => _deliveries.GetValueOrDefault(documentId);

    /// <summary>Whether the document was counted as a billable unit.</summary>
    public bool IsMetered(Guid documentId) => _metered.ContainsKey(documentId);

    public Task<Result> CheckSendingAsync(Guid profileId, CancellationToken cancellationToken) =>
        Task.FromResult(_sendingBlocked.ContainsKey(profileId)
            ? Result.Failure(SendingErrorCodes.SendingBlocked, "Sending is blocked because the free trial ended and no plan is connected.")
            : Result.Success());

    public Task<Result> MeterAsync(MeteredDispatch dispatch, CancellationToken cancellationToken)
    {
        _deliveries.AddOrUpdate(dispatch.DocumentId, 1, (_, count) => count + 1);
        _metered.TryAdd(dispatch.DocumentId, 0);
        return Task.FromResult(Result.Success());
    }
}
