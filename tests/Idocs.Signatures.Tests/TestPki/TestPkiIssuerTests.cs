using Idocs.Signatures.TestPki;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Rosstandart;
using Org.BouncyCastle.Asn1.CryptoPro;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Tests.TestPki;

[Collection(SharedTestPki.Name)]
public sealed class TestPkiIssuerTests(TestPkiFixture fixture)
{
    [Fact]
    public void Initialize_GostHierarchy_UsesKazakhOidsAndCaExtensions()
    {
        var root = fixture.Issuer.Store.RootCertificate(TestPkiAlgorithm.Gost2015);
        var ca = fixture.Issuer.Store.IssuingCaCertificate(TestPkiAlgorithm.Gost2015);

        Assert.Equal(NcaGostKeys.SignatureOid, ca.SigAlgOid);
        Assert.Equal(NcaGostKeys.PublicKeyOid, ca.CertificateStructure.SubjectPublicKeyInfo.Algorithm.Algorithm.Id);
        var parameters = Asn1Sequence.GetInstance(ca.CertificateStructure.SubjectPublicKeyInfo.Algorithm.Parameters);
        Assert.Equal(NcaGostKeys.ParameterSetOid, DerObjectIdentifier.GetInstance(parameters[0]).Id);
        Assert.Equal(NcaGostKeys.DigestOid, DerObjectIdentifier.GetInstance(parameters[1]).Id);
        Assert.True(ca.GetBasicConstraints() >= 0);
        Assert.True(ca.GetKeyUsage()![5]);
        Assert.True(ca.GetKeyUsage()![6]);
        Assert.Contains(X509Extensions.KeyUsage.Id, ca.GetCriticalExtensionOids());
        Assert.True(VerifiesAsNcaGost(ca, root));
    }

    [Fact]
    public void Issue_GostFirstHead_HasNcaSubjectRolesAndLeafExtension()
    {
        var issued = fixture.Issuer.Issue(new TestPkiIssueRequest
        {
            Subject = TestPkiFixture.FirstHead(),
            Algorithm = TestPkiAlgorithm.Gost2015,
            Password = "Qwerty12",
        });

        Assert.True(issued.IsSuccess, issued.Error?.ToString());
        var certificate = issued.Value!.Certificate;
        Assert.Equal(["IIN900101300017"], certificate.SubjectDN.GetValueList(X509Name.SerialNumber));
        Assert.Equal(["BIN940140000385"], certificate.SubjectDN.GetValueList(X509Name.OU));
        var purposes = certificate.GetExtendedKeyUsage().Select(p => p.Id).ToList();
        Assert.Contains(TestPkiProfile.EmailProtection, purposes);
        Assert.Contains(TestPkiProfile.LegalEntity, purposes);
        Assert.Contains(TestPkiProfile.FirstHead, purposes);
        Assert.NotNull(certificate.GetExtensionValue(new DerObjectIdentifier(TestPkiProfile.NcaLeafExtension)));
        Assert.True(certificate.GetKeyUsage()![4]);
        Assert.StartsWith("GOST512_", Path.GetFileName(issued.Value.Pkcs12File), StringComparison.Ordinal);
        Assert.True(VerifiesAsNcaGost(certificate, fixture.Issuer.Store.IssuingCaCertificate(TestPkiAlgorithm.Gost2015)));
    }

    [Fact]
    public async Task Issue_GostKey_Pkcs12OpensWithOpenSslLikeNcaFiles()
    {
        if (!File.Exists("/usr/bin/openssl"))
        {
            Assert.Skip("openssl is not installed; it is the independent PKCS#12 reader here.");
        }

        var issued = fixture.Issuer.Issue(new TestPkiIssueRequest
        {
            Subject = TestPkiFixture.Individual(),
            Algorithm = TestPkiAlgorithm.Gost2015,
            Password = "Qwerty12",
        }).Value!;
        var startInfo = new System.Diagnostics.ProcessStartInfo("/usr/bin/openssl")
        {
            ArgumentList = { "pkcs12", "-legacy", "-info", "-nokeys", "-in", issued.Pkcs12File, "-passin", "pass:Qwerty12" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = System.Diagnostics.Process.Start(startInfo)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, errors);
        Assert.Contains("MAC: sha1, Iteration 1024", errors + output, StringComparison.Ordinal);
        Assert.Contains("Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 1024", errors + output, StringComparison.Ordinal);
        Assert.Contains("PKCS7 Encrypted data: pbeWithSHA1And40BitRC2-CBC, Iteration 1024", errors + output, StringComparison.Ordinal);
        var pem = output[output.IndexOf("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)..];
        Assert.Equal(issued.Certificate, new X509CertificateParser().ReadCertificate(System.Text.Encoding.ASCII.GetBytes(pem)));
        var keyId = Convert.ToHexStringLower(Idocs.Signatures.Trust.KeyIdentifiers.GetSubjectKeyIdentifier(issued.Certificate)!);
        Assert.Equal($"GOST512_{keyId}.p12", Path.GetFileName(issued.Pkcs12File));
        Assert.Contains($"friendlyName: {keyId}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_RsaIndividual_WritesPkcs12ThatBouncyCastleLoads()
    {
        var issued = fixture.Issuer.Issue(new TestPkiIssueRequest
        {
            Subject = TestPkiFixture.Individual(),
            Password = "secret-1",
        });

        Assert.True(issued.IsSuccess, issued.Error?.ToString());
        var store = new Pkcs12StoreBuilder().Build();
        using (var stream = File.OpenRead(issued.Value!.Pkcs12File))
        {
            store.Load(stream, "secret-1".ToCharArray());
        }

        var alias = store.Aliases.Single(store.IsKeyEntry);
        var certificate = store.GetCertificate(alias).Certificate;
        Assert.Equal(issued.Value.Certificate, certificate);
        var key = (RsaPrivateCrtKeyParameters)store.GetKey(alias).Key;
        Assert.Equal(((RsaKeyParameters)certificate.GetPublicKey()).Modulus, key.Modulus);
        Assert.Equal(["IIN900101300017"], certificate.SubjectDN.GetValueList(X509Name.SerialNumber));
        Assert.Contains(TestPkiProfile.Individual, certificate.GetExtendedKeyUsage().Select(p => p.Id));
    }

    [Fact]
    public void Issue_SoleProprietorAuthenticationKey_HasBinAndClientAuth()
    {
        var subject = TestPkiFixture.Individual() with
        {
            Kind = TestPkiSubjectKind.SoleProprietor,
            Bin = "900101300017",
            Organization = "ИП ТЕСТОВ",
        };

        var issued = fixture.Issuer.Issue(new TestPkiIssueRequest { Subject = subject, Purpose = TestPkiKeyPurpose.Authentication, Password = "p" });

        Assert.True(issued.IsSuccess, issued.Error?.ToString());
        var certificate = issued.Value!.Certificate;
        Assert.Contains(TestPkiProfile.ClientAuthentication, certificate.GetExtendedKeyUsage().Select(p => p.Id));
        Assert.Equal(["BIN900101300017"], certificate.SubjectDN.GetValueList(X509Name.OU));
        Assert.True(certificate.GetKeyUsage()![2]);
        Assert.StartsWith("AUTH_RSA256_", Path.GetFileName(issued.Value.Pkcs12File), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_EmployeeWithoutBin_FailsWithInvalidSubject()
    {
        var subject = TestPkiFixture.FirstHead() with { Bin = null };

        var issued = fixture.Issuer.Issue(new TestPkiIssueRequest { Subject = subject, Password = "p" });

        Assert.False(issued.IsSuccess);
        Assert.Equal(TestPkiErrorCodes.InvalidSubject, issued.Error!.Code);
    }

    [Fact]
    public void Revoke_HexSerialOfOpenedStore_IsListedInState()
    {
        var issued = fixture.Issuer.Issue(new TestPkiIssueRequest { Subject = TestPkiFixture.Individual(), Password = "p" }).Value!;
        var opened = TestPkiIssuer.Open(fixture.Folder, TimeProvider.System);

        var result = opened.Value!.Revoke(issued.Certificate.SerialNumber.ToString(16), reason: 1);

        Assert.True(opened.IsSuccess, opened.Error?.ToString());
        Assert.True(result.IsSuccess, result.Error?.ToString());
        var revoked = fixture.Issuer.Store.ReadState().Revoked;
        Assert.Contains(revoked, r => string.Equals(r.Serial, issued.Certificate.SerialNumber.ToString(16), StringComparison.OrdinalIgnoreCase) && r.Reason == 1);
    }

    [Fact]
    public void Open_EmptyFolder_FailsWithNotInitialized()
    {
        var result = TestPkiIssuer.Open(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), TimeProvider.System);

        Assert.False(result.IsSuccess);
        Assert.Equal(TestPkiErrorCodes.NotInitialized, result.Error!.Code);
    }

    [Fact]
    public void Revoke_UnknownSerial_FailsWithNotFound()
    {
        var result = fixture.Issuer.Revoke(BigInteger.ValueOf(12345));

        Assert.False(result.IsSuccess);
        Assert.Equal(TestPkiErrorCodes.CertificateNotFound, result.Error!.Code);
    }

    /// <summary>
    /// Verifies a certificate signature independently of the test PKI's signer: the issuer key is
    /// decoded from the NCA little-endian layout and the signature reversed into BouncyCastle's order.
    /// </summary>
    private static bool VerifiesAsNcaGost(X509Certificate certificate, X509Certificate issuer)
    {
        var raw = Asn1OctetString.GetInstance(issuer.CertificateStructure.SubjectPublicKeyInfo.ParsePublicKey()).GetOctets();
        var x = new BigInteger(1, raw[..64].Reverse().ToArray());
        var y = new BigInteger(1, raw[64..].Reverse().ToArray());
        var oid = RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA;
        var curve = ECGost3410NamedCurves.GetByOid(oid);
        var key = new ECPublicKeyParameters("ECGOST3410", curve.Curve.ValidatePoint(x, y), oid);

        var signer = SignerUtilities.GetSigner("ECGOST3410-2012-512");
        signer.Init(false, key);
        var tbs = certificate.GetTbsCertificate();
        signer.BlockUpdate(tbs, 0, tbs.Length);
        var signature = certificate.GetSignature();
        Array.Reverse(signature);
        return signer.VerifySignature(signature);
    }
}
