using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Idocs.Signatures.TestPki;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Web.Tests.Accounts;

/// <summary>
/// A test PKI in a temporary folder with its OCSP and CRL server on a free loopback port. Issues
/// RSA certificates in the NCA profile with an authentication key unless a test requests another.
/// </summary>
public sealed class AccountsTestPki : IAsyncDisposable
{
    private const string Password = "test-password";

    private AccountsTestPki(string folder, TestPkiIssuer issuer, TestPkiServer server)
    {
        Folder = folder;
        Issuer = issuer;
        Server = server;
    }

    public string Folder { get; }

    public TestPkiIssuer Issuer { get; }

    public TestPkiServer Server { get; }

    public static AccountsTestPki Start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "idocs-accounts-pki-" + Guid.NewGuid().ToString("N"));
        var initialized = TestPkiIssuer.Initialize(folder, new Uri($"http://127.0.0.1:{FreePort()}/"), TimeProvider.System);
        Assert.True(initialized.IsSuccess, initialized.Error?.ToString());
        var server = TestPkiServer.Start(initialized.Value!, TimeProvider.System, NullLogger<TestPkiServer>.Instance);
        return new AccountsTestPki(folder, initialized.Value!, server);
    }

    /// <summary>Returns a loopback port nothing listens on at the moment.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Returns the Signatures settings that trust this PKI. The issuing CAs' status comes from the
    /// roots' CRLs. End-entity certificates are left to the OCSP responder they name, so a host
    /// without that responder cannot learn their status.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string?>> TrustSettings()
    {
        var roots = Issuer.Store.RootCertificateFiles();
        var intermediates = Issuer.Store.IssuingCaCertificateFiles();
        for (var i = 0; i < roots.Count; i++)
        {
            yield return new($"Signatures:Trust:TrustAnchorFiles:{i}", roots[i]);
        }

        for (var i = 0; i < intermediates.Count; i++)
        {
            yield return new($"Signatures:Trust:IntermediateFiles:{i}", intermediates[i]);
        }

        yield return new("Signatures:Crl:Sources:0", new Uri(Issuer.Store.BaseUrl, "crl/rsa-root.crl").ToString());
        yield return new("Signatures:Crl:Sources:1", new Uri(Issuer.Store.BaseUrl, "crl/gost-root.crl").ToString());
    }

    public TestCertificateHolder Individual(string? iin = null, TestPkiKeyPurpose purpose = TestPkiKeyPurpose.Authentication, DateTimeOffset? notBefore = null, TimeSpan? validity = null) =>
        Issue(
            new TestPkiSubject
            {
                Kind = TestPkiSubjectKind.Individual,
                Iin = iin ?? TestIdentifiers.NewIin(),
                Surname = "ТЕСТОВ",
                GivenName = "ТЕСТ",
                Patronymic = "ТЕСТОВИЧ",
                Email = "person@example.kz",
            },
            purpose,
            notBefore,
            validity);

    public TestCertificateHolder SoleProprietor(string? iin = null)
    {
        var owner = iin ?? TestIdentifiers.NewIin();
        return Issue(
            new TestPkiSubject
            {
                Kind = TestPkiSubjectKind.SoleProprietor,
                Iin = owner,
                Bin = owner,
                Surname = "ИПОВ",
                GivenName = "ИВАН",
                Organization = "ИП ИПОВ",
                Email = "ip@example.kz",
            },
            TestPkiKeyPurpose.Authentication,
            null,
            null);
    }

    /// <summary>Issues a legal-entity certificate of an employee of <paramref name="bin"/> with <paramref name="roles"/>.</summary>
    public TestCertificateHolder CompanyEmployee(string bin, string organization, IReadOnlyList<TestPkiRole> roles, string? iin = null) =>
        Issue(
            new TestPkiSubject
            {
                Kind = TestPkiSubjectKind.Employee,
                Iin = iin ?? TestIdentifiers.NewIin(),
                Bin = bin,
                Surname = "ДИРЕКТОРОВ",
                GivenName = "ДАНИЯР",
                Organization = organization,
                Email = "office@example.kz",
                Roles = roles,
            },
            TestPkiKeyPurpose.Authentication,
            null,
            null);

    public TestCertificateHolder CompanyHead(string bin, string organization) => CompanyEmployee(bin, organization, [TestPkiRole.FirstHead]);

    public void Revoke(TestCertificateHolder holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var revoked = Issuer.Revoke(holder.Certificate.SerialNumber, revokedAt: DateTimeOffset.UtcNow.AddHours(-1));
        Assert.True(revoked.IsSuccess, revoked.Error?.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private TestCertificateHolder Issue(TestPkiSubject subject, TestPkiKeyPurpose purpose, DateTimeOffset? notBefore, TimeSpan? validity)
    {
        var request = new TestPkiIssueRequest
        {
            Subject = subject,
            Purpose = purpose,
            Password = Password,
            NotBefore = notBefore,
            Validity = validity ?? TimeSpan.FromDays(365),
        };
        var issued = Issuer.Issue(request);
        Assert.True(issued.IsSuccess, issued.Error?.ToString());
        var certificate = X509CertificateLoader.LoadPkcs12(issued.Value!.Pkcs12, Password, X509KeyStorageFlags.Exportable | X509KeyStorageFlags.EphemeralKeySet);
        var fullName = string.Join(' ', new[] { subject.Surname, subject.GivenName, subject.Patronymic }.Where(part => !string.IsNullOrEmpty(part)));
        return new TestCertificateHolder(certificate, subject.Iin, subject.Kind == TestPkiSubjectKind.Employee ? subject.Bin : null, fullName);
    }
}
