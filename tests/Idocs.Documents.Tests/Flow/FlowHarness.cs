using System.Security.Cryptography;
using System.Text;
using Idocs.Common.Results;
using Idocs.Documents.Billing;
using Idocs.Documents.Dispatch;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes;
using Idocs.Documents.Signing;
using Idocs.Documents.Tenancy;
using Idocs.Documents.UnitOfWork;
using Idocs.Documents.Tests.Fakes;
using Idocs.Documents.Uploads;
using Idocs.Workflows;
using Idocs.Workflows.Designer;
using Idocs.Workflows.Loading;
using Idocs.Workflows.Notifications;
using Idocs.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Documents.Tests.Flow;

/// <summary>
/// The document flow over the in-memory engine and stores: company A (author, approver, director)
/// sends documents; company B (director) is registered and receives them; an individual is not.
/// </summary>
public sealed class FlowHarness : IAsyncDisposable
{
    public const string DirectorAKey = "director-a";
    public const string DirectorBKey = "director-b";
    public const string IndividualKey = "individual";
    public const string IndividualEmail = "aigerim@example.kz";
    public const string IndividualIin = "950101400018";
    public const string DirectorBIin = TestDocuments.OtherIin;

    public static readonly Guid CompanyA = Guid.Parse("0190f000-0000-7000-8000-00000000a000");
    public static readonly Guid CompanyB = Guid.Parse("0190f000-0000-7000-8000-00000000b000");
    public static readonly Guid AuthorA = Guid.Parse("0190f000-0000-7000-8000-00000000a001");
    public static readonly Guid ApproverA = Guid.Parse("0190f000-0000-7000-8000-00000000a002");
    public static readonly Guid SecondApproverA = Guid.Parse("0190f000-0000-7000-8000-00000000a004");
    public static readonly Guid DirectorA = Guid.Parse("0190f000-0000-7000-8000-00000000a003");
    public static readonly Guid DirectorB = Guid.Parse("0190f000-0000-7000-8000-00000000b001");

    private static int _number;
    private readonly ServiceProvider _provider;

    public FlowHarness(TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddWorkflowEngine();
        services.AddInMemoryWorkflowStores();
        services.AddDocumentFlow();
        services.AddWorkflowDesigner();
        services.AddInMemoryDesignerStore();
        services.AddScoped<IRouteTemplateGate, DesignerRouteTemplateGate>();
        services.AddSingleton(Documents);
        services.AddSingleton(Passport);
        services.AddSingleton(Links);
        services.AddSingleton(Outbox);
        services.AddSingleton<IFileStore>(Files);
        services.AddSingleton<ISignatureAcceptancePort>(Library);
        services.AddSingleton<IEmployeeFactsPort>(Accounts);
        services.AddSingleton<ICounterpartyDirectoryPort>(Directory);
        services.AddSingleton<IProfileFactsPort>(Profiles);
        services.AddSingleton<ISubscriberPort>(Profiles);
        services.AddSingleton<IPlanLimitPort>(Profiles);
        services.AddSingleton<ISendingBillingPort>(Profiles);
        services.AddSingleton<INotificationSink, DiscardingNotificationSink>();
        services.AddSingleton<InMemoryDocumentTransactionFactory>();
        services.AddSingleton<IDocumentUnitOfWorkFactory>(provider => provider.GetRequiredService<InMemoryDocumentTransactionFactory>());
        services.AddSingleton<IDocumentOwnerLookup>(provider => provider.GetRequiredService<InMemoryDocumentTransactionFactory>());
        services.AddScoped<ITenantContext, TenantContext>();
        _provider = services.BuildServiceProvider();

        Profiles.AddProfile(new ProfileFacts(CompanyA, "ТОО Альфа", CounterpartyIdentifierKind.Bin, TestDocuments.CompanyBin, "office@alfa.kz"));
        Profiles.AddProfile(new ProfileFacts(CompanyB, "ТОО Бета", CounterpartyIdentifierKind.Bin, TestDocuments.CounterpartyBin, "office@beta.kz", "kk"));
        Directory.Register(TestDocuments.CounterpartyBin, CompanyB);
        Profiles.Subscribe(AuthorA, new MailRecipient("author@alfa.kz", "Автор Альфа"));

        Accounts.Add(Employee(AuthorA, CompanyA, "900101300011", "Автор Альфа"));
        Accounts.Add(Employee(ApproverA, CompanyA, "900101300022", "Согласующий Альфа") with { RouteRoles = new HashSet<string> { "Accountant" } });
        Accounts.Add(Employee(SecondApproverA, CompanyA, "900101300033", "Юрист Альфа") with { RouteRoles = new HashSet<string> { "Lawyer" } });
        Accounts.Add(Employee(DirectorA, CompanyA, TestDocuments.DirectorIin, "Директор Альфа") with
        {
            Rights = new HashSet<SigningRight> { SigningRight.SignOutgoing, SigningRight.SignIncoming },
            RouteRoles = new HashSet<string> { "Director" },
        });
        Accounts.Add(Employee(DirectorB, CompanyB, DirectorBIin, "Директор Бета", TestDocuments.CounterpartyBin) with
        {
            Rights = new HashSet<SigningRight> { SigningRight.SignIncoming },
        });

        Library.Register(DirectorAKey, CompanyCertificate("7A01", TestDocuments.DirectorIin, TestDocuments.CompanyBin));
        Library.Register(DirectorBKey, CompanyCertificate("7B01", DirectorBIin, TestDocuments.CounterpartyBin));
        Library.Register(IndividualKey, new SignerFacts
        {
            SerialNumber = "7C01",
            Iin = IndividualIin,
            SubjectKind = CertificateSubjectKind.Individual,
            KeyUsage = CertificateKeyUsage.Signing,
            Revocation = RevocationStatus.Good,
        });
    }

    public InMemoryDocumentStore Documents { get; } = new();

    public InMemoryPassportStore Passport { get; } = new();

    public InMemoryLinkTokenStore Links { get; } = new();

    public RecordingDocumentOutbox Outbox { get; } = new();

    public InMemoryFileStore Files { get; } = new();

    public FakeSignatureLibrary Library { get; } = new();

    public FakeAccounts Accounts { get; } = new();

    public FakeDirectoryAndMailer Directory { get; } = new();

    public FakeFlowDirectory Profiles { get; } = new();

    public static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public T Get<T>()
        where T : notnull => _provider.CreateScope().ServiceProvider.GetRequiredService<T>();

    public static EmployeeSigningFacts Employee(Guid id, Guid profileId, string iin, string name, string bin = TestDocuments.CompanyBin) => new()
    {
        EmployeeId = id,
        ProfileId = profileId,
        ProfileKind = SignerProfileKind.Company,
        ProfileIdentifier = bin,
        Iin = iin,
        FullName = name,
    };

    public static SignerFacts CompanyCertificate(string serial, string iin, string bin) => new()
    {
        SerialNumber = serial,
        Iin = iin,
        Bin = bin,
        SubjectKind = CertificateSubjectKind.LegalEntity,
        Role = CertificateRole.FirstHead,
        KeyUsage = CertificateKeyUsage.Signing,
        Revocation = RevocationStatus.Good,
    };

    /// <summary>Stores an outgoing draft of company A with one file and its Created passport event.</summary>
    public async Task<Document> CreateOutgoingAsync(Counterparty counterparty)
    {
        var number = Interlocked.Increment(ref _number);
        var bytes = Encoding.UTF8.GetBytes($"%PDF-1.7 договор {number} %%EOF");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await Files.PutAsync(sha256, bytes, Cancellation);
        var document = Document.Create(
            new NewDocument
            {
                OwnerProfileId = CompanyA,
                Kind = DocumentKind.ExternalOutgoing,
                Number = $"A-{number}",
                Date = new DateOnly(2026, 12, 4),
                Title = $"Договор поставки {number}",
                AuthorId = AuthorA,
                Files = [new DocumentFile(sha256, "contract.pdf", DetectedContentType.Pdf, bytes.Length)],
                Counterparty = counterparty,
            },
            Guid.CreateVersion7(),
            DateTimeOffset.UtcNow).Value!;
        Assert.True((await Documents.AddAsync(document, Cancellation)).IsSuccess);
        var created = await new PassportWriter(Passport).WriteAsync(
            document.Id,
            new PassportEntry { Type = PassportEventType.Created, Actor = new ActorSnapshot(AuthorA, "Автор Альфа", null), OccurredAt = DateTimeOffset.UtcNow },
            Cancellation);
        Assert.True(created.IsSuccess);
        return (await Documents.FindAsync(document.Id, Cancellation))!;
    }

    public static Counterparty CompanyBCounterparty() =>
        Counterparty.Create(CounterpartyIdentifierKind.Bin, TestDocuments.CounterpartyBin, "ТОО Бета").Value!;

    public static Counterparty IndividualCounterparty() =>
        Counterparty.Create(CounterpartyIdentifierKind.Email, IndividualEmail, "Айгерим Сапарова").Value!;

    public static IReadOnlyList<RouteStage> ApproveThenSign() =>
        [new RouteStage(RouteStepKind.Approve, [ApproverA]), new RouteStage(RouteStepKind.Sign, [DirectorA])];

    public Task<Result<RouteStarted>> StartAsync(Guid documentId, IReadOnlyList<RouteStage> stages, Guid? employeeId = null) =>
        Get<StartRoute>().StartAsync(new StartRouteCommand(documentId, employeeId ?? AuthorA, stages, null, "127.0.0.1"), Cancellation);

    public Task<Result<RouteStarted>> StartOnTemplateAsync(Guid documentId, string templateId) =>
        Get<StartRoute>().StartAsync(new StartRouteCommand(documentId, AuthorA, null, templateId, "127.0.0.1"), Cancellation);

    public Task<Result<StepOutcome>> ApproveAsync(Guid documentId, Guid employeeId) =>
        Get<ApproveDocument>().ApproveAsync(new StepCommand(documentId, employeeId, Guid.NewGuid().ToString(), "127.0.0.1"), Cancellation);

    public async Task<Result<StepOutcome>> SignAsync(Guid documentId, Guid employeeId, string signerKey, string? idempotencyKey = null)
    {
        var document = (await Documents.FindAsync(documentId, Cancellation))!;
        var file = document.Files[0];
        var bytes = (await Files.GetAsync(file.Sha256, Cancellation))!;
        return await Get<SignDocument>().SignAsync(
            new SignCommand(documentId, employeeId, file.Sha256, FakeSignatureLibrary.Sign(bytes, signerKey), idempotencyKey ?? Guid.NewGuid().ToString(), "127.0.0.1"),
            Cancellation);
    }

    public async Task<Result<StepOutcome>> SignByLinkAsync(Guid documentId, string token, string signerKey)
    {
        var document = (await Documents.FindAsync(documentId, Cancellation))!;
        var file = document.Files[0];
        var bytes = (await Files.GetAsync(file.Sha256, Cancellation))!;
        return await Get<CounterpartyLinkActions>().SignAsync(
            new LinkActionCommand(documentId, token, "127.0.0.2", file.Sha256, FakeSignatureLibrary.Sign(bytes, signerKey)), Cancellation);
    }

    /// <summary>Returns the link token from the last invitation mailed for the document.</summary>
    public string LastLinkToken(Guid documentId) =>
        Outbox.Mails.Last(mail => mail.DocumentId == documentId && mail.Template == DocumentMailTemplate.LinkInvitation).Values[DocumentMailValues.LinkToken];

    /// <summary>Returns the incoming copy company B received of a sent document.</summary>
    public async Task<Document> IncomingCopyOfAsync(Guid sentId)
    {
        var events = await Passport.ListAsync(sentId, Cancellation);
        var sent = events.Last(passportEvent => passportEvent.Type == PassportEventType.Sent);
        using var payload = System.Text.Json.JsonDocument.Parse(sent.PayloadJson);
        var copyId = payload.RootElement.GetProperty("incomingCopy").GetGuid();
        return (await Documents.FindAsync(copyId, Cancellation))!;
    }

    public async Task<IReadOnlyList<LoadedWorkflowFile>> LoadShippedRoutesAsync()
    {
        var loaded = await Get<WorkflowFolderLoader>().LoadAsync(ShippedWorkflows.Folder, Cancellation);
        return loaded.Value!;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private sealed class DiscardingNotificationSink : INotificationSink
    {
        public Task<Result> EnqueueAsync(NotificationRequest request, IWorkflowUnitOfWork unitOfWork, CancellationToken cancellationToken) =>
            Task.FromResult(Result.Success());
    }
}
