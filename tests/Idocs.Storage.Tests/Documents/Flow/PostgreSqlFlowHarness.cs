using System.Security.Cryptography;
using System.Text;
using Idocs.Documents;
using Idocs.Documents.Billing;
using Idocs.Documents.Dispatch;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;
using Idocs.Documents.Tenancy;
using Idocs.Documents.UnitOfWork;
using Idocs.Signatures;
using Idocs.Signatures.Certificates;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Revocation.Crl;
using Idocs.Signatures.Signing;
using Idocs.Signatures.TestPki;
using Idocs.Storage.Documents;
using Idocs.Storage.Files;
using Idocs.Storage.Outbox;
using Idocs.Storage.Workflows;
using Idocs.Testing.Databases;
using Idocs.Testing.Smtp;
using Idocs.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Storage.Tests.Documents.Flow;

/// <summary>
/// The document flow on PostgreSQL with real signatures: a test PKI with its OCSP, CRL and TSP
/// server on loopback issues the certificates, the signature library verifies every CMS, mail goes
/// through the outbox to an SMTP server in the process. Company A sends, company B is registered,
/// an individual is reached by email.
/// </summary>
internal sealed class PostgreSqlFlowHarness : IAsyncDisposable
{
    public const string Password = "Qwerty12";
    public const string CompanyABin = "940140000385";
    public const string CompanyBBin = "990340500016";
    public const string DirectorAIin = "900101300017";
    public const string DirectorBIin = "870501300122";
    public const string ApproverIin = "880101300556";
    public const string IndividualIin = "010203600014";
    public const string IndividualEmail = "aigerim@example.kz";

    public static readonly Guid CompanyA = Guid.Parse("0190f000-0000-7000-8000-00000000a000");
    public static readonly Guid CompanyB = Guid.Parse("0190f000-0000-7000-8000-00000000b000");
    public static readonly Guid AuthorA = Guid.Parse("0190f000-0000-7000-8000-00000000a001");
    public static readonly Guid ApproverA = Guid.Parse("0190f000-0000-7000-8000-00000000a002");
    public static readonly Guid SecondApproverA = Guid.Parse("0190f000-0000-7000-8000-00000000a004");
    public static readonly Guid DirectorA = Guid.Parse("0190f000-0000-7000-8000-00000000a003");
    public static readonly Guid DirectorB = Guid.Parse("0190f000-0000-7000-8000-00000000b001");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"idocs-flow-{Guid.NewGuid():N}");
    private readonly Dictionary<string, SigningKey> _keys = [];
    private ServiceProvider _services = null!;
    private TestPkiServer _pkiServer = null!;
    private int _number;

    private PostgreSqlFlowHarness()
    {
    }

    public FlowPorts Ports { get; } = new();

    public TestPkiIssuer Pki { get; private set; } = null!;

    public SmtpTestServer Smtp { get; private set; } = null!;

    public static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<PostgreSqlFlowHarness> StartAsync(StorageDatabaseFixture database)
    {
        var harness = new PostgreSqlFlowHarness();
        await harness.InitializeAsync(database);
        return harness;
    }

    public AsyncServiceScope Scope(Guid? profileId)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(profileId);
        return scope;
    }

    public async Task<T> InProfileAsync<TService, T>(Guid? profileId, Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = Scope(profileId);
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Issues a certificate from the test PKI and keeps its key under <paramref name="name"/>.</summary>
    public void IssueKey(string name, TestPkiSubject subject, TestPkiKeyPurpose purpose = TestPkiKeyPurpose.Sign)
    {
        var issued = Pki.Issue(new TestPkiIssueRequest { Subject = subject, Password = Password, Purpose = purpose });
        Assert.True(issued.IsSuccess, issued.Error?.ToString());
        var key = Pkcs12Reader.Read(issued.Value!.Pkcs12, Password);
        Assert.True(key.IsSuccess, key.Error?.ToString());
        _keys[name] = key.Value!;
    }

    public SigningKey Key(string name) => _keys[name];

    /// <summary>Returns a random IIN of a man born 1992-02-02 with a valid check digit, which no employee of the harness has.</summary>
    public static string NewIin()
    {
        while (true)
        {
            var body = "9202023" + Random.Shared.Next(0, 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            for (var check = 0; check < 10; check++)
            {
                var candidate = body + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (KazakhIdentifiers.HasValidChecksum(candidate))
                {
                    return candidate;
                }
            }
        }
    }

    public static TestPkiSubject Company(string iin, string bin, params TestPkiRole[] roles) => new()
    {
        Kind = TestPkiSubjectKind.Employee,
        Iin = iin,
        Bin = bin,
        Surname = "ТЕСТОВ",
        GivenName = "ТЕСТ",
        Organization = "ТОО \"ТЕСТ\"",
        Roles = roles,
    };

    public static TestPkiSubject Individual(string iin) => new()
    {
        Kind = TestPkiSubjectKind.Individual,
        Iin = iin,
        Surname = "САПАРОВА",
        GivenName = "АЙГЕРИМ",
    };

    public static byte[] SignBytes(SigningKey key, byte[] content) => CadesSigner.Sign(key, content, new CadesSignOptions());

    /// <summary>Stores a document of company A with one PDF file and its Created passport event.</summary>
    public Task<Document> CreateDocumentAsync(DocumentKind kind, Counterparty? counterparty) =>
        CreateDocumentAsync(kind, counterparty is null ? [] : [counterparty]);

    /// <summary>Stores a document of company A for these counterparties, with one PDF file and its Created passport event.</summary>
    public async Task<Document> CreateDocumentAsync(DocumentKind kind, IReadOnlyList<Counterparty> counterparties)
    {
        var number = Interlocked.Increment(ref _number);
        var bytes = Encoding.UTF8.GetBytes($"%PDF-1.7 договор {number} {Guid.NewGuid():N} %%EOF");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using var scope = Scope(CompanyA);
        await scope.ServiceProvider.GetRequiredService<Idocs.Documents.Uploads.IFileStore>().PutAsync(sha256, bytes, Cancellation);
        var document = Document.Create(
            new NewDocument
            {
                OwnerProfileId = CompanyA,
                Kind = kind,
                Number = $"A-{number}",
                Date = new DateOnly(2026, 12, 4),
                Title = $"Договор поставки {number}",
                AuthorId = AuthorA,
                Files = [new DocumentFile(sha256, "contract.pdf", Idocs.Documents.Uploads.DetectedContentType.Pdf, bytes.Length)],
                Counterparties = counterparties,
            },
            Guid.CreateVersion7(),
            DateTimeOffset.UtcNow).Value!;
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IDocumentUnitOfWorkFactory>().BeginAsync(Cancellation);
        Assert.True((await unitOfWork.Documents.AddAsync(document, Cancellation)).IsSuccess);
        var created = await new PassportWriter(unitOfWork.Passport).WriteAsync(
            document.Id,
            new PassportEntry { Type = PassportEventType.Created, Actor = new ActorSnapshot(AuthorA, "Автор Альфа", null), OccurredAt = DateTimeOffset.UtcNow },
            Cancellation);
        Assert.True(created.IsSuccess);
        Assert.True((await unitOfWork.CommitAsync(Cancellation)).IsSuccess);
        return document;
    }

    public async Task<(Document? Document, IReadOnlyList<PassportEvent> Passport)> ReadAsync(Guid profileId, Guid documentId)
    {
        await using var scope = Scope(profileId);
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IDocumentUnitOfWorkFactory>().BeginAsync(Cancellation);
        return (await unitOfWork.Documents.FindAsync(documentId, Cancellation), await unitOfWork.Passport.ListAsync(documentId, Cancellation));
    }

    public async Task<byte[]> FileAsync(Document document)
    {
        await using var scope = Scope(document.OwnerProfileId);
        return (await scope.ServiceProvider.GetRequiredService<Idocs.Documents.Uploads.IFileStore>().GetAsync(document.Files[0].Sha256, Cancellation))!;
    }

    public Task<Idocs.Common.Results.Result<RouteStarted>> StartAsync(Guid profileId, Guid employeeId, Guid documentId, IReadOnlyList<RouteStage> stages) =>
        InProfileAsync<StartRoute, Idocs.Common.Results.Result<RouteStarted>>(
            profileId, service => service.StartAsync(new StartRouteCommand(documentId, employeeId, stages, null, "127.0.0.1"), Cancellation));

    public Task<Idocs.Common.Results.Result<StepOutcome>> ApproveAsync(Guid profileId, Guid employeeId, Guid documentId) =>
        InProfileAsync<ApproveDocument, Idocs.Common.Results.Result<StepOutcome>>(
            profileId, service => service.ApproveAsync(new StepCommand(documentId, employeeId, Guid.NewGuid().ToString("N"), "127.0.0.1"), Cancellation));

    public async Task<Idocs.Common.Results.Result<StepOutcome>> SignAsync(Guid profileId, Guid employeeId, Document document, string keyName, byte[]? content = null)
    {
        var bytes = content ?? await FileAsync(document);
        var cms = SignBytes(Key(keyName), bytes);
        return await InProfileAsync<SignDocument, Idocs.Common.Results.Result<StepOutcome>>(
            profileId,
            service => service.SignAsync(new SignCommand(document.Id, employeeId, document.Files[0].Sha256, cms, Guid.NewGuid().ToString("N"), "127.0.0.1"), Cancellation));
    }

    public async Task<Idocs.Common.Results.Result<StepOutcome>> SignByLinkAsync(Document document, string token, string keyName)
    {
        var cms = SignBytes(Key(keyName), await FileAsync(document));
        return await InProfileAsync<CounterpartyLinkActions, Idocs.Common.Results.Result<StepOutcome>>(
            null, service => service.SignAsync(new LinkActionCommand(document.Id, token, "127.0.0.2", document.Files[0].Sha256, cms), Cancellation));
    }

    public Task<Idocs.Common.Results.Result<DocumentStatus>> ViewByLinkAsync(Document document, string token) =>
        InProfileAsync<CounterpartyLinkActions, Idocs.Common.Results.Result<DocumentStatus>>(
            null, service => service.MarkViewedAsync(document.Id, token, "127.0.0.2", Cancellation));

    /// <summary>Delivers the outbox once, as the background dispatcher would.</summary>
    public async Task DeliverOutboxAsync()
    {
        var dispatcher = _services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.DispatchBatchAsync(Cancellation) > 0)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _pkiServer.DisposeAsync();
        await Smtp.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task InitializeAsync(StorageDatabaseFixture database)
    {
        var pkiFolder = Path.Combine(_folder, "pki");
        var initialized = TestPkiIssuer.Initialize(pkiFolder, new Uri($"http://127.0.0.1:{FreePort()}/"), TimeProvider.System);
        Assert.True(initialized.IsSuccess, initialized.Error?.ToString());
        Pki = initialized.Value!;
        _pkiServer = TestPkiServer.Start(Pki, TimeProvider.System, NullLogger<TestPkiServer>.Instance);
        Smtp = await SmtpTestServer.StartAsync(Cancellation);

        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Path.Combine(_folder, "data"),
            ["DocumentMail:SmtpHost"] = SmtpTestServer.Host,
            ["DocumentMail:SmtpPort"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DocumentMail:SmtpUseTls"] = "false",
            ["DocumentMail:PublicBaseUrl"] = "https://idocs.example/",
        };
        var index = 0;
        foreach (var anchor in Pki.Store.RootCertificateFiles())
        {
            settings[$"Signatures:Trust:TrustAnchorFiles:{index++}"] = anchor;
        }

        index = 0;
        foreach (var intermediate in Pki.Store.IssuingCaCertificateFiles())
        {
            settings[$"Signatures:Trust:IntermediateFiles:{index++}"] = intermediate;
        }

        // The issuing CAs have no OCSP responder, so their revocation comes from the CRLs, read once as the host's refresh job would.
        var crls = new[] { "rsa", "rsa-root", "gost", "gost-root" };
        for (var crl = 0; crl < crls.Length; crl++)
        {
            settings[$"Signatures:Crl:Sources:{crl}"] = new Uri(Pki.Store.BaseUrl, $"crl/{crls[crl]}.crl").ToString();
        }

        var configuration = database.CreateConfiguration(settings);
        _services = database.CreateServices(
            services =>
            {
                services.AddWorkflowEngine();
                services.AddIdocsWorkflowStorage(configuration);
                services.AddIdocsFileStore(configuration);
                services.AddIdocsDocumentsStorage();
                services.AddIdocsSignatures(configuration);
                services.AddDocumentFlow();
                services.AddOutboxHandler<DocumentMailOutboxHandler>();
                services.AddSingleton<IEmployeeFactsPort>(Ports);
                services.AddSingleton<ICounterpartyDirectoryPort>(Ports);
                services.AddSingleton<IProfileFactsPort>(Ports);
                services.AddSingleton<ISubscriberPort>(Ports);
                services.AddSingleton<IPlanLimitPort>(Ports);
                services.AddSingleton<ISendingBillingPort>(Ports);
                services.AddOutboxHandler<DispatchMeteringOutboxHandler>();
            },
            settings);

        var refreshed = await _services.GetRequiredService<CrlRefresher>().RefreshAsync(Cancellation);
        Assert.Equal(crls.Length, refreshed.Loaded);
        AddAccounts();
    }

    private void AddAccounts()
    {
        Ports.AddProfile(new ProfileFacts(CompanyA, "ТОО Альфа", CounterpartyIdentifierKind.Bin, CompanyABin, "office@alfa.example"));
        Ports.AddProfile(new ProfileFacts(CompanyB, "ТОО Бета", CounterpartyIdentifierKind.Bin, CompanyBBin, "office@beta.example", "kk"));
        Ports.AddEmployee(Employee(AuthorA, CompanyA, "920202300028", "Автор Альфа", CompanyABin));
        Ports.AddEmployee(Employee(ApproverA, CompanyA, ApproverIin, "Бухгалтер Альфа", CompanyABin));
        Ports.AddEmployee(Employee(SecondApproverA, CompanyA, "930303300039", "Юрист Альфа", CompanyABin));
        Ports.AddEmployee(Employee(DirectorA, CompanyA, DirectorAIin, "Директор Альфа", CompanyABin) with
        {
            Rights = new HashSet<SigningRight> { SigningRight.SignOutgoing, SigningRight.SignIncoming, SigningRight.InternalDocuments },
        });
        Ports.AddEmployee(Employee(DirectorB, CompanyB, DirectorBIin, "Директор Бета", CompanyBBin) with
        {
            Rights = new HashSet<SigningRight> { SigningRight.SignIncoming },
        });
        IssueKey("director-a", Company(DirectorAIin, CompanyABin, TestPkiRole.FirstHead));
        IssueKey("director-b", Company(DirectorBIin, CompanyBBin, TestPkiRole.FirstHead));
        IssueKey("individual", Individual(IndividualIin));
    }

    public static EmployeeSigningFacts Employee(Guid id, Guid profileId, string iin, string name, string bin) => new()
    {
        EmployeeId = id,
        ProfileId = profileId,
        ProfileKind = SignerProfileKind.Company,
        ProfileIdentifier = bin,
        Iin = iin,
        FullName = name,
    };

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
