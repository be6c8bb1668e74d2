using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Profiles;
using Idocs.Documents.Statuses;
using Idocs.Documents.Uploads;
using Idocs.PrintForms.Archives.Bulk;
using Idocs.PrintForms.Evidence;
using Idocs.PrintForms.Tests.Support.Stores;
using Idocs.Signatures;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Revocation.Crl;
using Idocs.Signatures.Signing;
using Idocs.Signatures.TestPki;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.PrintForms.Tests.Support;

/// <summary>
/// A fully signed outgoing document on the test PKI: a two-page PDF signed by the owner's director
/// (GOST 34.10-2015-512), the owner's accountant (RSA) and the counterparty's director (RSA), each as
/// CAdES-T with the test TSA's timestamp, plus its passport. The PKI's OCSP, CRL and TSA server
/// runs on a free loopback port; the services are the real signature library and renderers over in-memory stores.
/// </summary>
public sealed class SignedDocumentFixture : IAsyncLifetime
{
    public const string Password = "Qwerty12";
    public const string OwnerBin = "990340500016";
    public const string CounterpartyBin = "040840500126";
    public const string DirectorIin = "870501300122";
    public const string AccountantIin = "880101300556";
    public const string CounterpartyIin = "900101300017";
    public const string OriginalFileName = "sigex-ddc__embed-landscape.pdf";

    /// <summary>The signature whose report is deliberately not stored, so the exporter validates it again.</summary>
    public const string UnstoredReportReference = "report-kept-elsewhere";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "idocs-evidence-" + Guid.NewGuid().ToString("N"));

    public TestPkiIssuer Issuer { get; private set; } = null!;

    public TestPkiServer Server { get; private set; } = null!;

    public ServiceProvider Services { get; private set; } = null!;

    public MemoryDocumentStore Documents { get; } = new();

    public MemoryPassportStore Passport { get; } = new();

    public MemoryFileStore Files { get; } = new();

    public MemoryProfileStore Profiles { get; } = new();

    public MemoryCompanyExportStore Exports { get; } = new();

    public Guid OwnerProfileId { get; private set; }

    /// <summary>The folder finished bulk exports go to.</summary>
    public string ExportsFolder => Path.Combine(Folder, "exports");

    public Guid DocumentId { get; } = Guid.CreateVersion7();

    public byte[] Original { get; private set; } = [];

    /// <summary>The signers in signing order: (IIN, algorithm, key).</summary>
    public IReadOnlyList<(string Iin, TestPkiAlgorithm Algorithm, SigningKey Key)> Signers { get; private set; } = [];

    /// <summary>The anchors' folder for <c>idocs verify --anchors</c>: the test PKI's roots and issuing CAs as .cer files.</summary>
    public string AnchorsFolder => Path.Combine(Folder, "anchors");

    public IReadOnlyList<Uri> CrlUrls => new[] { "rsa", "rsa-root", "gost", "gost-root" }.Select(name => new Uri(Server.BaseUrl, $"crl/{name}.crl")).ToList();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        var initialized = TestPkiIssuer.Initialize(Path.Combine(Folder, "pki"), baseUrl, TimeProvider.System);
        Issuer = initialized.Value ?? throw new InvalidOperationException(initialized.Error!.ToString());
        Server = TestPkiServer.Start(Issuer, TimeProvider.System, NullLogger<TestPkiServer>.Instance);
        CopyAnchors();
        Services = BuildServices();
        var refresh = await Services.GetRequiredService<CrlRefresher>().RefreshAsync(CancellationToken.None);
        if (refresh.Loaded != 4)
        {
            throw new InvalidOperationException($"Only {refresh.Loaded} of 4 test PKI CRLs loaded.");
        }

        Original = TestFiles.Read(OriginalFileName);
        Signers =
        [
            (DirectorIin, TestPkiAlgorithm.Gost2015, Issue(TestPkiAlgorithm.Gost2015, Employee(DirectorIin, OwnerBin, "ТОО «Һадис Құрылыс»", "ӘБІЛОВ", TestPkiRole.FirstHead))),
            (AccountantIin, TestPkiAlgorithm.Rsa, Issue(TestPkiAlgorithm.Rsa, Employee(AccountantIin, OwnerBin, "ТОО «Һадис Құрылыс»", "ҚАСЫМОВА", TestPkiRole.RightToSign))),
            (CounterpartyIin, TestPkiAlgorithm.Rsa, Issue(TestPkiAlgorithm.Rsa, Employee(CounterpartyIin, CounterpartyBin, "АО «Іле Сервис»", "ҮСЕНОВ", TestPkiRole.FirstHead))),
        ];
        await StoreDocumentAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    public byte[] Sign(SigningKey key, byte[] content)
    {
        using var http = new HttpClient();
        var tsa = new HttpTimestampClient(http, new Uri(Server.BaseUrl, "tsp/"));
        return CadesSigner.Sign(key, content, new CadesSignOptions
        {
            TimestampProvider = signature => tsa.RequestToken(signature).Value
                ?? throw new InvalidOperationException("The test TSA returned no token."),
        });
    }

    private async Task StoreDocumentAsync()
    {
        var token = CancellationToken.None;
        var profile = Profile.Register(ProfileKind.Company, OwnerBin, "ТОО «Һадис Құрылыс»", "office@hadis.kz", DateTimeOffset.UtcNow, TimeProvider.System);
        await Profiles.TryAddAsync(profile, token);
        OwnerProfileId = profile.Id;

        var originalKey = Files.Put(Original);
        var verifier = Services.CreateScope().ServiceProvider.GetRequiredService<SignatureFileVerifier>();
        var signatures = new List<RecordedSignature>();
        var events = new List<PassportEvent>();
        var author = new ActorSnapshot(Guid.CreateVersion7(), "Қасымова Айгүл", AccountantIin);
        events.Add(PassportChain.Append(DocumentId, null, new PassportEntry { Type = PassportEventType.Created, Actor = author, OccurredAt = DateTimeOffset.UtcNow }));
        for (var index = 0; index < Signers.Count; index++)
        {
            var (iin, _, key) = Signers[index];
            var cms = Sign(key, Original);
            var cmsKey = Files.Put(cms);
            var reference = UnstoredReportReference;
            if (index < 2)
            {
                var report = (await verifier.VerifyAsync(cms, Original, token)).Single();
                reference = Files.Put(JsonSerializer.SerializeToUtf8Bytes(report, ReportJson.Options));
            }

            var serial = key.Certificate.SerialNumber.ToString(16).ToUpperInvariant();
            var party = index < 2 ? SigningParty.Owner : SigningParty.Counterparty;
            signatures.Add(new RecordedSignature(Guid.CreateVersion7(), party, null, iin, index < 2 ? OwnerBin : CounterpartyBin, serial, reference, originalKey, cmsKey, DateTimeOffset.UtcNow));
            events.Add(PassportChain.Append(DocumentId, events[^1], new PassportEntry
            {
                Type = PassportEventType.SignatureAccepted,
                Actor = new ActorSnapshot(null, key.Certificate.SubjectDN.ToString(), iin),
                OccurredAt = DateTimeOffset.UtcNow,
                PayloadJson = JsonSerializer.Serialize(new { file = originalKey, signature = cmsKey }),
                CertificateSerial = serial,
                ReportReference = reference,
            }));
        }

        var snapshot = new DocumentSnapshot
        {
            Id = DocumentId,
            OwnerProfileId = profile.Id,
            Kind = DocumentKind.ExternalOutgoing,
            Number = "17/2026",
            Date = new DateOnly(2026, 12, 4),
            Title = "Шарт № 17: жеткізу",
            AuthorId = author.Id!.Value,
            Status = DocumentStatus.SignedByAllParties,
            CreatedAt = DateTimeOffset.UtcNow,
            Version = 0,
            Counterparty = Counterparty.Create(CounterpartyIdentifierKind.Bin, CounterpartyBin, "АО «Іле Сервис»").Value,
            Files = [new DocumentFile(originalKey, "Шарт 17 (landscape).pdf", DetectedContentType.Pdf, Original.Length)],
            Signatures = signatures,
        };
        await Documents.AddAsync(Document.Restore(snapshot), token);
        foreach (var passportEvent in events)
        {
            await Passport.AppendAsync(passportEvent, token);
        }
    }

    private SigningKey Issue(TestPkiAlgorithm algorithm, TestPkiSubject subject)
    {
        var issued = Issuer.Issue(new TestPkiIssueRequest { Subject = subject, Algorithm = algorithm, Password = Password });
        var pkcs12 = issued.Value ?? throw new InvalidOperationException(issued.Error!.ToString());
        var key = Pkcs12Reader.Read(pkcs12.Pkcs12, Password);
        return key.Value ?? throw new InvalidOperationException(key.Error!.ToString());
    }

    private static TestPkiSubject Employee(string iin, string bin, string organization, string surname, TestPkiRole role) => new()
    {
        Kind = TestPkiSubjectKind.Employee,
        Iin = iin,
        Bin = bin,
        Surname = surname,
        GivenName = "ТЕСТ",
        Organization = organization,
        Roles = [role],
    };

    private void CopyAnchors()
    {
        Directory.CreateDirectory(AnchorsFolder);
        foreach (var file in Issuer.Store.RootCertificateFiles().Concat(Issuer.Store.IssuingCaCertificateFiles()))
        {
            var name = Path.GetFileName(Path.GetDirectoryName(file)) + "-" + Path.GetFileName(file);
            File.Copy(file, Path.Combine(AnchorsFolder, name));
        }
    }

    private ServiceProvider BuildServices()
    {
        var values = new Dictionary<string, string?>();
        var anchors = Issuer.Store.RootCertificateFiles();
        var intermediates = Issuer.Store.IssuingCaCertificateFiles();
        for (var i = 0; i < anchors.Count; i++)
        {
            values[$"Signatures:Trust:TrustAnchorFiles:{i}"] = anchors[i];
        }

        for (var i = 0; i < intermediates.Count; i++)
        {
            values[$"Signatures:Trust:IntermediateFiles:{i}"] = intermediates[i];
        }

        var crls = CrlUrls;
        for (var i = 0; i < crls.Count; i++)
        {
            values[$"Signatures:Crl:Sources:{i}"] = crls[i].ToString();
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddIdocsSignatures(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddPrintForms(options => options.VerificationBaseUrl = new Uri(SampleDocuments.BaseUrl));
        services.AddDocumentArchives();
        services.AddSingleton<IDocumentStore>(Documents);
        services.AddSingleton<IPassportStore>(Passport);
        services.AddSingleton<IFileStore>(Files);
        services.AddSingleton<IProfileStore>(Profiles);
        services.AddSingleton<ICompanyExportStore>(Exports);
        services.AddSingleton<ICompanyDocumentLister>(new MemoryCompanyDocumentLister(Documents));
        services.Configure<CompanyExportOptions>(options => options.Folder = ExportsFolder);
        return services.BuildServiceProvider();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
