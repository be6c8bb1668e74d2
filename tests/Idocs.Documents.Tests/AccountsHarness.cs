using Idocs.Common.Results;
using Idocs.Documents.Audit;
using Idocs.Documents.Authentication;
using Idocs.Documents.Authentication.Certificates;
using Idocs.Documents.Authentication.Challenges;
using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.DirectorChange;
using Idocs.Documents.Employees;
using Idocs.Documents.Notifications.Settings;
using Idocs.Documents.People;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;
using Idocs.Documents.Tenancy;
using Idocs.Documents.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Idocs.Documents.Tests;

/// <summary>
/// The accounts use cases wired to in-memory stores, the test PKI and a fixed clock. A test moves the
/// clock forward itself and sets the current profile with <see cref="ActIn"/>, as the web layer would
/// from the session.
/// </summary>
public sealed class AccountsHarness
{
    public const string BrowserSession = "browser-session-1";

    public const string Origin = "https://idocs.test";

    private int _nextNumber = 100;

    public AccountsHarness(Action<AccountsOptions>? configure = null)
    {
        var options = new AccountsOptions();
        configure?.Invoke(options);
        Options = Microsoft.Extensions.Options.Options.Create(options);
        Pki = new TestPki(Clock);
        Employees = new InMemoryEmployeeStore(Tenant);
        AuditLog = new InMemoryAuditLogStore(Tenant);
        DirectorChanges = new InMemoryDirectorChangeRequestStore(Tenant);
        NotificationSettings = new InMemoryNotificationSettingsStore(Tenant);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public IOptions<AccountsOptions> Options { get; }

    public TenantContext Tenant { get; } = new();

    public TestPki Pki { get; }

    public InMemoryLoginChallengeStore Challenges { get; } = new();

    public InMemoryProfileStore Profiles { get; } = new();

    public InMemoryPersonStore People { get; } = new();

    public InMemoryEmployeeStore Employees { get; }

    public InMemorySessionStore Sessions { get; } = new();

    public InMemoryAuditLogStore AuditLog { get; }

    public InMemoryDirectorChangeRequestStore DirectorChanges { get; }

    public InMemoryNotificationSettingsStore NotificationSettings { get; }

    public RecordingOutbox Outbox { get; } = new();

    public SupportAgent Support { get; } = new(Guid.NewGuid(), "Support Agent");

    public IssueChallenge IssueChallenge => new(Challenges, Clock, Options, NullLogger<IssueChallenge>.Instance);

    public PurgeExpiredChallenges PurgeExpiredChallenges => new(Challenges, Clock, NullLogger<PurgeExpiredChallenges>.Instance);

    public VerifyChallengeResponse VerifyChallengeResponse =>
        new(Challenges, new TestPkiSignatureVerifier(Pki), Clock, Options, NullLogger<VerifyChallengeResponse>.Instance);

    public AuditRecorder AuditRecorder => new(AuditLog, Tenant, Clock, new FixedAuditRequestInfo());

    public OpenSession OpenSession => new(Sessions, Clock, Options);

    public SessionValidator SessionValidator => new(Sessions, Employees, Clock, NullLogger<SessionValidator>.Instance);

    public RecordPersonLogin RecordPersonLogin => new(People, Clock);

    public RegisterProfile RegisterProfile =>
        new(VerifyChallengeResponse, Profiles, RecordPersonLogin, Employees, AuditRecorder, Outbox, OpenSession, Tenant, Clock, NullLogger<RegisterProfile>.Instance);

    public ListMyProfiles ListMyProfiles => new(Employees, Profiles, SessionValidator);

    public Login Login =>
        new(VerifyChallengeResponse, RecordPersonLogin, Employees, ListMyProfiles, OpenSession, AuditRecorder, Tenant, Clock, NullLogger<Login>.Instance);

    public SelectProfile SelectProfile => new(SessionValidator, Sessions, Employees);

    public EndSession EndSession => new(SessionValidator, Sessions, Clock);

    public ProfileAuthorizer Authorizer => new(Tenant, Employees);

    public ViewMyRights ViewMyRights => new(Authorizer);

    public InviteEmployee InviteEmployee =>
        new(Authorizer, Profiles, Employees, AuditRecorder, Outbox, Clock, NullLogger<InviteEmployee>.Instance);

    public BlockEmployee BlockEmployee => new(Authorizer, Employees, Sessions, AuditRecorder, Tenant, Clock, NullLogger<BlockEmployee>.Instance);

    public UnblockEmployee UnblockEmployee => new(Authorizer, Employees, AuditRecorder, Tenant);

    public ChangeEmployeeAccess ChangeEmployeeAccess => new(Authorizer, Employees, AuditRecorder, Tenant);

    public ListEmployees ListEmployees => new(Authorizer, Employees);

    public FileDirectorChangeRequest FileDirectorChangeRequest =>
        new(Authorizer, Profiles, Employees, DirectorChanges, AuditRecorder, Clock, NullLogger<FileDirectorChangeRequest>.Instance);

    public ApproveDirectorChange ApproveDirectorChange =>
        new(DirectorChanges, Employees, AuditRecorder, Outbox, Tenant, Clock, NullLogger<ApproveDirectorChange>.Instance);

    public RejectDirectorChange RejectDirectorChange =>
        new(DirectorChanges, AuditRecorder, Tenant, Clock, NullLogger<RejectDirectorChange>.Instance);

    public ListDirectorChangeRequests ListDirectorChangeRequests => new(Authorizer, DirectorChanges);

    public ReadAuditLog ReadAuditLog => new(Authorizer, AuditLog);

    public ManageNotificationSettings ManageNotificationSettings => new(Authorizer, NotificationSettings);

    public string NextIin() => TestNumbers.Iin(_nextNumber++);

    public string NextBin() => TestNumbers.Bin(_nextNumber++);

    /// <summary>Sets the current profile, as the web layer does from a validated session.</summary>
    public void ActIn(Guid? profileId) => Tenant.Set(profileId);

    /// <summary>Issues a challenge and returns the response signed with the certificate.</summary>
    public async Task<ChallengeResponse> AnswerChallengeAsync(TestCertificate certificate, ChallengePurpose purpose, string? claimedThumbprint = null)
    {
        var challenge = await IssueChallenge.RunAsync(purpose, BrowserSession, Origin, CancellationToken.None);
        Assert.True(challenge.IsSuccess, challenge.Error?.ToString());
        return new ChallengeResponse(challenge.Value.ChallengeId, BrowserSession, Origin, TestPki.Sign(certificate, challenge.Value.Nonce, claimedThumbprint));
    }

    public async Task<Result<RegistrationOutcome>> TryRegisterAsync(TestCertificate certificate, ProfileKind kind, string? name = null, string? email = null)
    {
        var response = await AnswerChallengeAsync(certificate, ChallengePurpose.Registration);
        return await RegisterProfile.RunAsync(new RegistrationRequest(response, kind, name, email), CancellationToken.None);
    }

    public async Task<RegistrationOutcome> RegisterAsync(TestCertificate certificate, ProfileKind kind)
    {
        var outcome = await TryRegisterAsync(certificate, kind);
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        return outcome.Value;
    }

    /// <summary>Registers a company whose first head owns the returned certificate, and makes it the current profile.</summary>
    public async Task<(RegistrationOutcome Company, TestCertificate Director)> RegisterCompanyAsync()
    {
        var director = Pki.IssueLegalEntity(NextIin(), NextBin(), SignerRoles.FirstHead);
        var company = await RegisterAsync(director, ProfileKind.Company);
        ActIn(company.Profile.Id);
        return (company, director);
    }

    public async Task<Result<LoginOutcome>> TryLoginAsync(TestCertificate certificate)
    {
        var response = await AnswerChallengeAsync(certificate, ChallengePurpose.Login);
        return await Login.RunAsync(response, CancellationToken.None);
    }

    public async Task<LoginOutcome> LoginAsync(TestCertificate certificate)
    {
        var outcome = await TryLoginAsync(certificate);
        Assert.True(outcome.IsSuccess, outcome.Error?.ToString());
        return outcome.Value;
    }

    /// <summary>Invites a person with a new certificate into the current profile, logs them in, and returns their certificate and person id.</summary>
    public async Task<(TestCertificate Certificate, Guid PersonId, Employee Employee)> AddEmployeeAsync(
        Guid inviterPersonId,
        ProfileRole role = ProfileRole.Employee,
        ProfileRights rights = ProfileRights.None)
    {
        var profileId = Tenant.ProfileId ?? throw new InvalidOperationException("Set the current profile first.");
        var certificate = Pki.IssueIndividual(NextIin(), surname: "Employee" + _nextNumber);
        var invited = await InviteEmployee.RunAsync(
            inviterPersonId,
            new InvitationRequest(certificate.Iin, $"employee{_nextNumber}@example.kz", certificate.Signer.FullName, role, rights),
            CancellationToken.None);
        Assert.True(invited.IsSuccess, invited.Error?.ToString());
        var login = await LoginAsync(certificate);
        ActIn(profileId);
        var employee = await Employees.FindAsync(invited.Value.Id, CancellationToken.None);
        return (certificate, login.PersonId, employee!);
    }
}
