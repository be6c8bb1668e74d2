using Idocs.Common.Results;
using Idocs.Signatures.TestPki;

namespace Idocs.Web.Demo;

/// <summary>
/// The demo test PKI and the demo people's key files in the demo keys folder. The first start
/// creates the PKI and issues one key per person; later starts reuse the files.
/// </summary>
public sealed class DemoKeyRing
{
    private const string PkiFolderName = "pki";

    private DemoKeyRing(TestPkiIssuer issuer, string folder)
    {
        Issuer = issuer;
        Folder = folder;
    }

    public TestPkiIssuer Issuer { get; }

    /// <summary>The demo keys folder as a full path.</summary>
    public string Folder { get; }

    /// <summary>The root certificates of both key families, to trust as anchors.</summary>
    public IReadOnlyList<string> TrustAnchorFiles => Issuer.Store.RootCertificateFiles();

    /// <summary>The issuing CA certificates, to offer as intermediates when a chain is built.</summary>
    public IReadOnlyList<string> IntermediateFiles => Issuer.Store.IssuingCaCertificateFiles();

    /// <summary>
    /// The CRLs of the two test roots. Issuing CA certificates name no OCSP responder, so their
    /// revocation status comes from these lists.
    /// </summary>
    public IReadOnlyList<string> RootCrlUrls =>
    [
        new Uri(Issuer.Store.BaseUrl, "crl/rsa-root.crl").ToString(),
        new Uri(Issuer.Store.BaseUrl, "crl/gost-root.crl").ToString(),
    ];

    /// <summary>The signing key file; for GOST-2015 people it also authenticates, as NCA RK issues one key for both.</summary>
    public string KeyFile(DemoPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Path.Combine(Folder, person.KeyName + ".p12");
    }

    /// <summary>The key file for signing in. NCA RK issues RSA holders a separate authentication key.</summary>
    public string AuthenticationKeyFile(DemoPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Algorithm == TestPkiAlgorithm.Rsa ? Path.Combine(Folder, person.KeyName + "-auth.p12") : KeyFile(person);
    }

    /// <summary>Opens the demo keys in <paramref name="folder"/>, creating the PKI and any missing key first.</summary>
    public static Result<DemoKeyRing> OpenOrCreate(string folder, int pkiPort, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(clock);

        var fullFolder = Path.GetFullPath(folder);
        var pkiFolder = Path.Combine(fullFolder, PkiFolderName);
        var issuer = TestPkiStore.Exists(pkiFolder)
            ? TestPkiIssuer.Open(pkiFolder, clock)
            : TestPkiIssuer.Initialize(pkiFolder, new Uri($"http://127.0.0.1:{pkiPort}/"), clock);
        if (!issuer.IsSuccess)
        {
            return Result<DemoKeyRing>.Failure(issuer.Error);
        }

        var ring = new DemoKeyRing(issuer.Value, fullFolder);
        foreach (var person in DemoCast.People)
        {
            var issued = ring.IssueIfMissing(person, TestPkiKeyPurpose.Sign, ring.KeyFile(person));
            if (issued.IsSuccess && person.Algorithm == TestPkiAlgorithm.Rsa)
            {
                issued = ring.IssueIfMissing(person, TestPkiKeyPurpose.Authentication, ring.AuthenticationKeyFile(person));
            }

            if (!issued.IsSuccess)
            {
                return Result<DemoKeyRing>.Failure(issued.Error);
            }
        }

        return ring;
    }

    private Result IssueIfMissing(DemoPerson person, TestPkiKeyPurpose purpose, string target)
    {
        if (File.Exists(target))
        {
            return Result.Success();
        }

        var employer = person.Employer;
        var issued = Issuer.Issue(new TestPkiIssueRequest
        {
            Subject = new TestPkiSubject
            {
                Kind = person.SubjectKind,
                Iin = person.Iin,
                Bin = employer?.Bin,
                Surname = person.Surname,
                GivenName = person.GivenName,
                Organization = employer?.Name,
                Email = person.Email,
                Roles = person.Roles,
            },
            Algorithm = person.Algorithm,
            Purpose = purpose,
            Password = DemoCast.KeyPassword,
        });
        if (!issued.IsSuccess)
        {
            return Result.Failure(issued.Error);
        }

        File.Copy(issued.Value.Pkcs12File, target);
        return Result.Success();
    }
}
