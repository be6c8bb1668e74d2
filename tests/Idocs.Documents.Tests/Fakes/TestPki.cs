using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Idocs.Documents.Authentication.Certificates;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>
/// A stand-in for the signature library: it issues certificates with secret keys and signs challenges
/// with HMAC-SHA256 under the certificate's key. Its verifier recomputes the MAC over the expected
/// challenge, so a wrong key or wrong content really fails. It also plays the OCSP responder.
/// </summary>
public sealed class TestPki(TimeProvider clock)
{
    private readonly Dictionary<string, TestCertificate> _certificates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _revoked = new(StringComparer.Ordinal);
    private int _serial;

    /// <summary>False simulates an OCSP responder and CRL that cannot be reached.</summary>
    public bool RevocationServiceAvailable { get; set; } = true;

    public TestCertificate IssueIndividual(string iin, string surname = "Ахметов", string givenName = "Нурлан", string? email = "person@example.kz", CertificateKeyUsage keyUsage = CertificateKeyUsage.Authentication) =>
        Issue(iin, null, surname, givenName, null, email, keyUsage, CertificateSubjectKind.Individual, SignerRoles.None);

    public TestCertificate IssueLegalEntity(string iin, string bin, SignerRoles roles, string organisation = "ТОО \"Тест\"", string surname = "Серикова", string givenName = "Айгерим", string? email = "director@example.kz") =>
        Issue(iin, bin, surname, givenName, organisation, email, CertificateKeyUsage.Authentication, CertificateSubjectKind.LegalEntity, roles);

    public TestCertificate Issue(
        string iin,
        string? bin,
        string surname,
        string givenName,
        string? organisation,
        string? email,
        CertificateKeyUsage keyUsage,
        CertificateSubjectKind subjectKind,
        SignerRoles roles)
    {
        _serial++;
        var now = clock.GetUtcNow();
        var key = RandomNumberGenerator.GetBytes(32);
        var thumbprint = Convert.ToHexString(SHA256.HashData(key));
        var signer = new VerifiedSigner(
            iin,
            bin,
            surname,
            givenName,
            "Тестович",
            organisation,
            email,
            keyUsage,
            subjectKind,
            roles,
            _serial.ToString("X8", CultureInfo.InvariantCulture),
            thumbprint,
            now.AddDays(-30),
            now.AddDays(335),
            RevocationStatus.Good);
        var certificate = new TestCertificate(signer, key);
        _certificates[thumbprint] = certificate;
        return certificate;
    }

    public void Revoke(TestCertificate certificate) => _revoked.Add(certificate.Thumbprint);

    /// <summary>Signs <paramref name="challenge"/> with the certificate's key; the result names the certificate as CMS would carry it.</summary>
    public static SignedChallenge Sign(TestCertificate certificate, ReadOnlyMemory<byte> challenge, string? claimedThumbprint = null)
    {
        var mac = HMACSHA256.HashData(certificate.Key, challenge.Span);
        var signedData = Encoding.ASCII.GetBytes(certificate.Thumbprint + ":" + Convert.ToBase64String(mac));
        return new SignedChallenge(SignedChallengeFormat.Cms, signedData, claimedThumbprint ?? certificate.Thumbprint);
    }

    internal TestCertificate? Find(string thumbprint) => _certificates.GetValueOrDefault(thumbprint);

    internal RevocationStatus RevocationOf(TestCertificate certificate) =>
        !RevocationServiceAvailable ? RevocationStatus.Indeterminate
        : _revoked.Contains(certificate.Thumbprint) ? RevocationStatus.Revoked
        : RevocationStatus.Good;
}
