using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Profiles;
using Idocs.Documents.Statuses;
using Idocs.Documents.Tenancy;
using Idocs.Documents.Uploads;
using Idocs.PrintForms.Evidence;
using Idocs.PrintForms.Verification;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Keys;
using Idocs.Signatures.TestPki;
using Idocs.Web.Tests.Verification.Stores;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Idocs.Web.Tests.Verification;

/// <summary>
/// The web host with one signed document: a PDF original signed (CMS, RSA) with a key from a fresh
/// test PKI. Documents, files and profiles go through the ports the host registers; in-memory
/// stores fill in only for ports the host leaves unregistered.
/// </summary>
public sealed class VerificationHost : IAsyncLifetime
{
    public const string Title = "Договор поставки № 42 — Құрылыс";
    public const string SignerIin = "900101300017";

    private readonly IdocsWebApplicationFactory _host;
    private readonly string _pkiFolder = Path.Combine(Path.GetTempPath(), "idocs-web-pki-" + Guid.NewGuid().ToString("N"));

    public VerificationHost()
        : this(permitLimit: 10_000)
    {
    }

    internal VerificationHost(int permitLimit)
    {
        _host = new IdocsWebApplicationFactory(new Dictionary<string, string?>
        {
            ["Verification:PermitLimit"] = permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Verification:WindowSeconds"] = "600",
            ["PrintForms:VerificationBaseUrl"] = "https://idocs.kz",
        });
        Factory = _host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.TryAddSingleton<IDocumentStore, MemoryDocumentStore>();
            services.TryAddSingleton<IFileStore, MemoryFileStore>();
            services.TryAddSingleton<IProfileStore, MemoryProfileStore>();
            services.TryAddSingleton<IPassportStore, MemoryPassportStore>();
        }));
    }

    public WebApplicationFactory<Program> Factory { get; }

    public Guid DocumentId { get; } = Guid.CreateVersion7();

    public string VerificationId => VerificationIds.FromDocumentId(DocumentId);

    public byte[] Original { get; } = PdfOriginal();

    public byte[] Signature { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        var issuer = TestPkiIssuer.Initialize(_pkiFolder, new Uri("http://127.0.0.1:9/"), TimeProvider.System).Value!;
        var issued = issuer.Issue(new TestPkiIssueRequest
        {
            Subject = new TestPkiSubject { Kind = TestPkiSubjectKind.Individual, Iin = SignerIin, Surname = "ҮСЕНОВ", GivenName = "ҚАЙРАТ" },
            Password = "Qwerty12",
        }).Value!;
        var key = Pkcs12Reader.Read(issued.Pkcs12, "Qwerty12").Value!;
        Signature = CadesSigner.Sign(key, Original, new CadesSignOptions());
        await SeedAsync(key);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _host.DisposeAsync();
        Directory.Delete(_pkiFolder, recursive: true);
    }

    private async Task SeedAsync(SigningKey key)
    {
        var token = CancellationToken.None;
        using var scope = Factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var files = services.GetRequiredService<IFileStore>();
        var originalKey = await PutAsync(files, Original);
        var signatureKey = await PutAsync(files, Signature);
        var report = (await services.GetRequiredService<SignatureFileVerifier>().VerifyAsync(Signature, Original, token)).Single();
        var reportKey = await PutAsync(files, JsonSerializer.SerializeToUtf8Bytes(report, ReportJson.Options));

        var profile = Profile.Register(ProfileKind.Company, "990340500016", "ТОО «Һадис Құрылыс»", "office@hadis.kz", DateTimeOffset.UtcNow, TimeProvider.System);
        await services.GetRequiredService<IProfileStore>().TryAddAsync(profile, token);
        using var owner = services.GetRequiredService<ITenantContext>().EnterProfile(profile.Id);
        var serial = key.Certificate.SerialNumber.ToString(16).ToUpperInvariant();
        var snapshot = new DocumentSnapshot
        {
            Id = DocumentId,
            OwnerProfileId = profile.Id,
            Kind = DocumentKind.Internal,
            Number = "42",
            Date = new DateOnly(2026, 12, 4),
            Title = Title,
            AuthorId = Guid.CreateVersion7(),
            Status = DocumentStatus.SignedByAllParties,
            CreatedAt = DateTimeOffset.UtcNow,
            Version = 0,
            Files = [new DocumentFile(originalKey, "contract.pdf", DetectedContentType.Pdf, Original.Length)],
            Signatures = [new RecordedSignature(Guid.CreateVersion7(), SigningParty.Owner, null, SignerIin, null, serial, reportKey, originalKey, signatureKey, DateTimeOffset.UtcNow)],
        };
        var added = await services.GetRequiredService<IDocumentStore>().AddAsync(Document.Restore(snapshot), token);
        Assert.True(added.IsSuccess, added.Error?.ToString());
    }

    private static async Task<string> PutAsync(IFileStore files, byte[] content)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(content));
        await files.PutAsync(key, content, CancellationToken.None);
        return key;
    }

    private static byte[] PdfOriginal() =>
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
}
