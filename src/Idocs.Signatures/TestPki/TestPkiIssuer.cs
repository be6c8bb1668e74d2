using System.Globalization;
using System.Text.RegularExpressions;
using Idocs.Common.Results;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.TestPki;

/// <summary>
/// Creates the test PKI's CA hierarchies (RSA and GOST-2015-512, each a root and an issuing CA in
/// the NCA profile, plus an RSA TSA certificate), issues end-entity certificates as PKCS#12 files,
/// revokes them and produces CRLs.
/// </summary>
public sealed partial class TestPkiIssuer(TestPkiStore store, TimeProvider clock)
{
    public TestPkiStore Store => store;

    /// <summary>
    /// Creates a new test PKI in <paramref name="folder"/>. <paramref name="baseUrl"/> is where
    /// <see cref="TestPkiServer"/> will listen; it is written into every certificate's OCSP, CRL
    /// and CA issuer addresses, so it must be a loopback http address.
    /// </summary>
    public static Result<TestPkiIssuer> Initialize(string folder, Uri baseUrl, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(clock);

        if (TestPkiStore.Exists(folder))
        {
            return Result<TestPkiIssuer>.Failure(
                TestPkiErrorCodes.AlreadyInitialized,
                $"'{Path.GetFullPath(folder)}' already holds a test PKI; use another folder or delete it first.");
        }

        if (!TestPkiServer.IsLoopbackHttp(baseUrl))
        {
            return Result<TestPkiIssuer>.Failure(
                TestPkiErrorCodes.NotLoopback,
                $"Base URL '{baseUrl}' is not an http address on 127.0.0.1 or ::1; the test PKI serves only on this machine.");
        }

        var normalized = new Uri(baseUrl.ToString().TrimEnd('/') + "/");
        var issuer = new TestPkiIssuer(TestPkiStore.Create(folder, normalized), clock);
        issuer.CreateHierarchy(TestPkiAlgorithm.Rsa, normalized);
        issuer.CreateHierarchy(TestPkiAlgorithm.Gost2015, normalized);
        issuer.CreateTsa(normalized);
        return issuer;
    }

    /// <summary>Opens the test PKI that <see cref="Initialize"/> created in <paramref name="folder"/>.</summary>
    public static Result<TestPkiIssuer> Open(string folder, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var store = TestPkiStore.Open(folder);
        return store.IsSuccess ? new TestPkiIssuer(store.Value, clock) : Result<TestPkiIssuer>.Failure(store.Error);
    }

    public Result<TestPkiIssuedCertificate> Issue(TestPkiIssueRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var invalid = Validate(request);
        if (invalid is not null)
        {
            return Result<TestPkiIssuedCertificate>.Failure(TestPkiErrorCodes.InvalidSubject, invalid);
        }

        var family = request.Algorithm;
        var baseUrl = store.BaseUrl;
        var ca = store.IssuingCaCertificate(family);
        var caKey = store.LoadKey(family, "ca.key");
        var key = TestPkiKey.Generate(family);
        var notBefore = request.NotBefore ?? clock.GetUtcNow().AddMinutes(-1);

        var builder = new TestPkiCertificateBuilder
        {
            Issuer = ca.SubjectDN,
            Subject = SubjectName(request.Subject),
            PublicKey = key.PublicKey,
            NotBefore = notBefore,
            NotAfter = notBefore + request.Validity,
        };
        builder
            .Add(X509Extensions.ExtendedKeyUsage, false, new ExtendedKeyUsage(Purposes(request)))
            .Add(X509Extensions.CertificatePolicies, false, TestPkiCertificateBuilder.Policy(TestPkiProfile.NcaPolicy, new Uri(baseUrl, "cps")))
            .Add(X509Extensions.AuthorityInfoAccess, false, new AuthorityInformationAccess([
                new AccessDescription(AccessDescription.IdADOcsp, new GeneralName(GeneralName.UniformResourceIdentifier, new Uri(baseUrl, "ocsp/").ToString())),
                new AccessDescription(AccessDescription.IdADCAIssuers, new GeneralName(GeneralName.UniformResourceIdentifier, new Uri(baseUrl, $"cert/{Prefix(family)}-ca.cer").ToString())),
            ]))
            .Add(X509Extensions.CrlDistributionPoints, false, TestPkiCertificateBuilder.DistributionPoint(new Uri(baseUrl, $"crl/{Prefix(family)}.crl")))
            .Add(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsageBits(request)))
            .Add(X509Extensions.SubjectKeyIdentifier, false, new SubjectKeyIdentifier(key.KeyIdentifier()))
            .Add(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(caKey.KeyIdentifier()));
        if (family == TestPkiAlgorithm.Gost2015)
        {
            builder.Add(
                new DerObjectIdentifier(TestPkiProfile.NcaLeafExtension),
                false,
                new DerSequence(new DerObjectIdentifier(TestPkiProfile.NcaLeafExtensionValue)));
        }

        var certificate = builder.Sign(caKey);
        var serial = certificate.SerialNumber.ToString(16).ToUpperInvariant();
        var pkcs12 = NcaPkcs12Writer.Write(key.ToPrivateKeyInfo(), certificate, request.Password);
        var certificateFile = store.IssuedFile($"{serial}.cer");
        var keyFile = store.IssuedFile($"{KeyFilePrefix(family, request.Purpose)}_{Convert.ToHexStringLower(key.KeyIdentifier())}.p12");
        TestPkiStore.WriteFile(certificateFile, certificate.GetEncoded());
        TestPkiStore.WriteFile(keyFile, pkcs12);
        store.Update(state => state.Issued.Add(new TestPkiIssuedRecord(
            serial, family, certificate.SubjectDN.ToString(), Path.GetRelativePath(store.Folder, certificateFile), Path.GetRelativePath(store.Folder, keyFile))));

        return new TestPkiIssuedCertificate(certificate, pkcs12, certificateFile, keyFile);
    }

    /// <summary>Revokes an issued certificate named by its serial number in hexadecimal, as the CLI takes it.</summary>
    public Result Revoke(string serialHex, int reason = 0, DateTimeOffset? revokedAt = null)
    {
        ArgumentNullException.ThrowIfNull(serialHex);
        var digits = serialHex.Replace(":", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length == 0 || !digits.All(Uri.IsHexDigit))
        {
            return Result.Failure(CommonErrorCodes.InvalidInput, $"Serial number '{serialHex}' is not hexadecimal; pass it as printed by the issue step.");
        }

        return Revoke(new BigInteger(digits, 16), reason, revokedAt);
    }

    /// <summary>Revokes an issued certificate; <paramref name="reason"/> is a CRLReason code, <paramref name="revokedAt"/> defaults to now.</summary>
    public Result Revoke(BigInteger serial, int reason = 0, DateTimeOffset? revokedAt = null)
    {
        ArgumentNullException.ThrowIfNull(serial);
        var hex = serial.ToString(16).ToUpperInvariant();
        var record = store.ReadState().Issued.FirstOrDefault(r => r.Serial == hex);
        if (record is null)
        {
            return Result.Failure(TestPkiErrorCodes.CertificateNotFound, $"No certificate with serial {hex} was issued by the test PKI in '{store.Folder}'.");
        }

        var time = TruncateToSeconds(revokedAt ?? clock.GetUtcNow());
        store.Update(state =>
        {
            state.Revoked.RemoveAll(r => r.Serial == hex);
            state.Revoked.Add(new TestPkiRevocation(hex, record.Algorithm, time, reason));
        });
        return Result.Success();
    }

    /// <summary>A CRL of the issuing CA (<paramref name="ofRoot"/> false) or of the root, valid for one day.</summary>
    public byte[] CreateCrl(TestPkiAlgorithm family, bool ofRoot)
    {
        var now = TruncateToSeconds(clock.GetUtcNow());
        var certificate = ofRoot ? store.RootCertificate(family) : store.IssuingCaCertificate(family);
        var key = store.LoadKey(family, ofRoot ? "root.key" : "ca.key");

        var generator = new X509V2CrlGenerator();
        generator.SetIssuerDN(certificate.SubjectDN);
        generator.SetThisUpdate(now.UtcDateTime);
        generator.SetNextUpdate(now.AddDays(1).UtcDateTime);
        if (!ofRoot)
        {
            foreach (var revoked in store.ReadState().Revoked.Where(r => r.Algorithm == family))
            {
                generator.AddCrlEntry(new BigInteger(revoked.Serial, 16), revoked.RevokedAt.UtcDateTime, revoked.Reason);
            }
        }

        // The CRL number is the issue time in seconds: increasing without shared state between processes.
        generator.AddExtension(X509Extensions.CrlNumber, false, new CrlNumber(BigInteger.ValueOf(now.ToUnixTimeSeconds())));
        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(key.KeyIdentifier()));
        return generator.Generate(new TestPkiSignatureFactory(key)).GetEncoded();
    }

    internal static string Prefix(TestPkiAlgorithm family) => family == TestPkiAlgorithm.Rsa ? "rsa" : "gost";

    internal static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);

    private void CreateHierarchy(TestPkiAlgorithm family, Uri baseUrl)
    {
        var now = TruncateToSeconds(clock.GetUtcNow()).AddDays(-1);
        var label = family == TestPkiAlgorithm.Rsa ? "RSA" : "GOST";
        var rootKey = TestPkiKey.Generate(family, 4096);
        var rootName = CaName($"НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ ({label}) IDOCS TEST");
        var root = new TestPkiCertificateBuilder
        {
            Issuer = rootName,
            Subject = rootName,
            PublicKey = rootKey.PublicKey,
            NotBefore = now,
            NotAfter = now.AddYears(20),
        }
            .Add(X509Extensions.BasicConstraints, true, new BasicConstraints(true))
            .Add(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.KeyCertSign | KeyUsage.CrlSign))
            .Add(X509Extensions.SubjectKeyIdentifier, false, new SubjectKeyIdentifier(rootKey.KeyIdentifier()))
            .Add(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(rootKey.KeyIdentifier()))
            .Add(X509Extensions.CertificatePolicies, false, TestPkiCertificateBuilder.Policy(TestPkiProfile.RootPolicy, new Uri(baseUrl, "cps")))
            .Sign(rootKey);

        var caKey = TestPkiKey.Generate(family, 4096);
        var ca = new TestPkiCertificateBuilder
        {
            Issuer = rootName,
            Subject = CaName($"ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ ({label}) IDOCS TEST"),
            PublicKey = caKey.PublicKey,
            NotBefore = now,
            NotAfter = now.AddYears(10),
        }
            .Add(X509Extensions.BasicConstraints, true, new BasicConstraints(true))
            .Add(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.KeyCertSign | KeyUsage.CrlSign))
            .Add(X509Extensions.CrlDistributionPoints, false, TestPkiCertificateBuilder.DistributionPoint(new Uri(baseUrl, $"crl/{Prefix(family)}-root.crl")))
            .Add(X509Extensions.SubjectKeyIdentifier, false, new SubjectKeyIdentifier(caKey.KeyIdentifier()))
            .Add(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(rootKey.KeyIdentifier()))
            .Add(X509Extensions.AuthorityInfoAccess, false, new AuthorityInformationAccess(
                AccessDescription.IdADCAIssuers,
                new GeneralName(GeneralName.UniformResourceIdentifier, new Uri(baseUrl, $"cert/{Prefix(family)}-root.cer").ToString())))
            .Add(X509Extensions.CertificatePolicies, false, TestPkiCertificateBuilder.Policy(TestPkiProfile.NcaPolicy, new Uri(baseUrl, "cps")))
            .Sign(rootKey);

        store.SaveKey(family, "root.key", rootKey);
        store.SaveKey(family, "ca.key", caKey);
        TestPkiStore.WriteFile(store.FamilyFile(family, "root.cer"), root.GetEncoded());
        TestPkiStore.WriteFile(store.FamilyFile(family, "ca.cer"), ca.GetEncoded());
    }

    private void CreateTsa(Uri baseUrl)
    {
        var now = TruncateToSeconds(clock.GetUtcNow()).AddDays(-1);
        var ca = store.IssuingCaCertificate(TestPkiAlgorithm.Rsa);
        var caKey = store.LoadKey(TestPkiAlgorithm.Rsa, "ca.key");
        var key = TestPkiKey.Generate(TestPkiAlgorithm.Rsa);
        var tsa = new TestPkiCertificateBuilder
        {
            Issuer = ca.SubjectDN,
            Subject = new X509Name(
                [X509Name.CN, X509Name.O, X509Name.C],
                ["TIME-STAMPING AUTHORITY IDOCS TEST", "IDOCS TEST PKI", "KZ"]),
            PublicKey = key.PublicKey,
            NotBefore = now,
            NotAfter = now.AddYears(5),
        }
            .Add(X509Extensions.ExtendedKeyUsage, true, new ExtendedKeyUsage([new DerObjectIdentifier(TestPkiProfile.TimeStamping)]))
            .Add(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.DigitalSignature | KeyUsage.NonRepudiation))
            .Add(X509Extensions.CrlDistributionPoints, false, TestPkiCertificateBuilder.DistributionPoint(new Uri(baseUrl, "crl/rsa.crl")))
            .Add(X509Extensions.SubjectKeyIdentifier, false, new SubjectKeyIdentifier(key.KeyIdentifier()))
            .Add(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(caKey.KeyIdentifier()))
            .Sign(caKey);

        store.SaveKey(TestPkiAlgorithm.Rsa, "tsa.key", key);
        TestPkiStore.WriteFile(store.FamilyFile(TestPkiAlgorithm.Rsa, "tsa.cer"), tsa.GetEncoded());
    }

    private static X509Name CaName(string commonName) => new([X509Name.CN, X509Name.C], [commonName, "KZ"]);

    private static X509Name SubjectName(TestPkiSubject subject)
    {
        var oids = new List<DerObjectIdentifier> { X509Name.CN, X509Name.Surname, X509Name.SerialNumber, X509Name.C };
        var values = new List<string> { $"{subject.Surname} {subject.GivenName}", subject.Surname, "IIN" + subject.Iin, "KZ" };
        if (subject.Kind != TestPkiSubjectKind.Individual)
        {
            oids.Add(X509Name.O);
            values.Add(subject.Organization!);
            oids.Add(X509Name.OU);
            values.Add("BIN" + subject.Bin);
        }

        if (subject.Patronymic is not null)
        {
            oids.Add(X509Name.GivenName);
            values.Add(subject.Patronymic);
        }

        if (subject.Email is not null)
        {
            oids.Add(X509Name.EmailAddress);
            values.Add(subject.Email);
        }

        return new X509Name(oids, values);
    }

    private static DerObjectIdentifier[] Purposes(TestPkiIssueRequest request)
    {
        var purposes = new List<string>
        {
            request.Purpose == TestPkiKeyPurpose.Sign ? TestPkiProfile.EmailProtection : TestPkiProfile.ClientAuthentication,
        };
        if (request.Subject.Kind == TestPkiSubjectKind.Employee)
        {
            purposes.Add(TestPkiProfile.LegalEntity);
            purposes.AddRange(request.Subject.Roles.Select(TestPkiProfile.RoleOid));
        }
        else
        {
            purposes.Add(TestPkiProfile.Individual);
        }

        return purposes.Select(p => new DerObjectIdentifier(p)).ToArray();
    }

    private static int KeyUsageBits(TestPkiIssueRequest request)
    {
        if (request.Purpose == TestPkiKeyPurpose.Authentication)
        {
            return KeyUsage.DigitalSignature | KeyUsage.KeyEncipherment;
        }

        // 2022+ GOST keys carry keyAgreement as well; RSA signing keys do not.
        return request.Algorithm == TestPkiAlgorithm.Gost2015
            ? KeyUsage.DigitalSignature | KeyUsage.NonRepudiation | KeyUsage.KeyAgreement
            : KeyUsage.DigitalSignature | KeyUsage.NonRepudiation;
    }

    private static string KeyFilePrefix(TestPkiAlgorithm family, TestPkiKeyPurpose purpose) => (family, purpose) switch
    {
        (TestPkiAlgorithm.Gost2015, _) => "GOST512",
        (_, TestPkiKeyPurpose.Authentication) => "AUTH_RSA256",
        _ => "RSA256",
    };

    private static string? Validate(TestPkiIssueRequest request)
    {
        var subject = request.Subject;
        if (!TwelveDigits().IsMatch(subject.Iin))
        {
            return $"IIN '{subject.Iin}' must be 12 digits.";
        }

        if (string.IsNullOrWhiteSpace(subject.Surname) || string.IsNullOrWhiteSpace(subject.GivenName))
        {
            return "Surname and given name are required.";
        }

        if (subject.Kind != TestPkiSubjectKind.Individual)
        {
            if (subject.Bin is null || !TwelveDigits().IsMatch(subject.Bin))
            {
                return string.Create(CultureInfo.InvariantCulture, $"BIN '{subject.Bin}' must be 12 digits for a {subject.Kind} certificate.");
            }

            if (string.IsNullOrWhiteSpace(subject.Organization))
            {
                return string.Create(CultureInfo.InvariantCulture, $"Organization is required for a {subject.Kind} certificate.");
            }
        }

        if (subject.Kind == TestPkiSubjectKind.Employee && subject.Roles.Count == 0)
        {
            return "An employee certificate needs at least one role (first head, right to sign, employee…).";
        }

        if (request.Algorithm == TestPkiAlgorithm.Gost2015 && request.Purpose == TestPkiKeyPurpose.Authentication)
        {
            return "GOST-2015 certificates carry one key for signing and authentication; issue them with the Sign purpose.";
        }

        return string.IsNullOrEmpty(request.Password) ? "A PKCS#12 password is required." : null;
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex TwelveDigits();
}
