using Idocs.Signatures.Reports;
using Idocs.Signatures.Revocation;
using Idocs.Signatures.Revocation.Crl;
using Idocs.Signatures.Revocation.Ocsp;
using Idocs.Signatures.TestPki;
using Idocs.Signatures.Tests.Trust;
using Idocs.Signatures.Trust;
using Microsoft.Extensions.Logging.Abstractions;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tsp;

namespace Idocs.Signatures.Tests.TestPki;

/// <summary>
/// The path validator, OCSP client and CRL cache against the test PKI's own server on loopback:
/// a fresh RSA certificate passes every trust check, and after revocation both OCSP and the CRL
/// report it revoked with the revocation time.
/// </summary>
[Collection(SharedTestPki.Name)]
public sealed class TestPkiEndToEndTests(TestPkiFixture fixture)
{
    [Fact]
    public async Task ValidateChain_FreshRsaCertificate_IsTotalPassedThroughOcsp()
    {
        var issued = IssueRsa("900101300811");
        var (validator, _) = await CreateValidatorAsync();

        var result = await validator.ValidateAsync(
            issued.Certificate,
            new PathValidationSettings { ValidationTime = DateTimeOffset.UtcNow },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Indication.TotalPassed, result.Indication);
        Assert.All(result.Checks, check => Assert.Equal(CheckStatus.Passed, check.Status));
        Assert.Equal(3, result.Chain.Count);
        Assert.Contains(result.Evidence, e => e.Kind == EvidenceKinds.OcspResponse);
    }

    [Fact]
    public async Task ValidateChain_AfterRevoke_OcspAndCrlReportRevokedWithTime()
    {
        var issued = IssueRsa("010203600014");
        var revokedAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        var revokedAtSeconds = new DateTimeOffset(revokedAt.Ticks - (revokedAt.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

        var revoke = fixture.Issuer.Revoke(issued.Certificate.SerialNumber, reason: 1, revokedAt: revokedAt);
        var (validator, crlSource) = await CreateValidatorAsync();
        var chainResult = await validator.ValidateAsync(
            issued.Certificate,
            new PathValidationSettings { ValidationTime = DateTimeOffset.UtcNow },
            cancellationToken: TestContext.Current.CancellationToken);
        var ca = fixture.Issuer.Store.IssuingCaCertificate(TestPkiAlgorithm.Rsa);
        var crlResult = await crlSource.CheckAsync(
            new RevocationRequest(issued.Certificate, ca, DateTimeOffset.UtcNow),
            TestContext.Current.CancellationToken);

        Assert.True(revoke.IsSuccess, revoke.Error?.ToString());
        Assert.Equal(Indication.TotalFailed, chainResult.Indication);
        Assert.Equal(SubIndication.Revoked, chainResult.SubIndication);
        Assert.Contains(chainResult.Evidence, e => e.Kind == EvidenceKinds.OcspResponse);
        Assert.Equal(RevocationStatus.Revoked, crlResult.Status);
        Assert.Equal(revokedAtSeconds, crlResult.RevocationTime);
        Assert.Equal(1, crlResult.RevocationReason);
    }

    [Fact]
    public async Task OcspCheck_AfterRevoke_ReturnsRevocationTimeAndReason()
    {
        var issued = IssueRsa("900101300017");
        var revokedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        fixture.Issuer.Revoke(issued.Certificate.SerialNumber, reason: 4, revokedAt: revokedAt);
        var ocsp = CreateOcspSource();

        var result = await ocsp.CheckAsync(
            new RevocationRequest(issued.Certificate, fixture.Issuer.Store.IssuingCaCertificate(TestPkiAlgorithm.Rsa), DateTimeOffset.UtcNow),
            TestContext.Current.CancellationToken);

        Assert.Equal(RevocationStatus.Revoked, result.Status);
        Assert.Equal(revokedAt, result.RevocationTime);
        Assert.Equal(4, result.RevocationReason);
    }

    [Fact]
    public async Task OcspCheck_SerialUnknownToResponder_ReturnsUnknown()
    {
        // An NCA test certificate: the CertID carries the test CA's hashes and a serial it never issued.
        var foreign = Revocation.RevocationTestData.Certificate("KEY_INDIVIDUAL_VALID_SIGN_2004.cer");
        var ocsp = CreateOcspSource(new Uri(fixture.Server.BaseUrl, "ocsp/"));

        var result = await ocsp.CheckAsync(
            new RevocationRequest(foreign, fixture.Issuer.Store.IssuingCaCertificate(TestPkiAlgorithm.Rsa), DateTimeOffset.UtcNow),
            TestContext.Current.CancellationToken);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Contains(OcspErrorCodes.UnknownCertificate, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OcspCheck_SecondQuestion_IsAnsweredFromCache()
    {
        var issued = IssueRsa("900101300017");
        var ocsp = CreateOcspSource();
        var request = new RevocationRequest(issued.Certificate, fixture.Issuer.Store.IssuingCaCertificate(TestPkiAlgorithm.Rsa), DateTimeOffset.UtcNow);

        var first = await ocsp.CheckAsync(request, TestContext.Current.CancellationToken);
        fixture.Issuer.Revoke(issued.Certificate.SerialNumber);
        var second = await ocsp.CheckAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(RevocationStatus.Good, first.Status);
        Assert.Equal(RevocationStatus.Good, second.Status);
        Assert.Contains("(cached)", second.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateChain_OcspResponderHangsAndNoCrl_IsIndeterminateTryLater()
    {
        var issued = IssueRsa("900101300017");
        await using var hanging = new Revocation.LoopbackHttpServer(_ => null);
        var options = new OcspOptions { ResponderUrl = hanging.Url, RequestTimeout = TimeSpan.FromMilliseconds(500) };
        var verifier = new TestSignatureVerifier();
        var ocsp = new OcspRevocationSource(
            new OcspClient(new HttpClient(), options),
            new OcspResponseValidator(verifier, options),
            new OcspCache(TimeProvider.System, options),
            options,
            TimeProvider.System,
            NullLogger<OcspRevocationSource>.Instance);
        var validator = new CertificateChainValidator(
            new TrustStore([fixture.Issuer.Store.RootCertificate(TestPkiAlgorithm.Rsa)], [fixture.Issuer.Store.IssuingCaCertificate(TestPkiAlgorithm.Rsa)]),
            verifier,
            new OcspThenCrlRevocationSource(ocsp, new CrlRevocationSource(new CrlStore(), verifier)),
            NullLogger<CertificateChainValidator>.Instance);

        var result = await validator.ValidateAsync(
            issued.Certificate,
            new PathValidationSettings { ValidationTime = DateTimeOffset.UtcNow },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Indication.Indeterminate, result.Indication);
        Assert.Equal(SubIndication.TryLater, result.SubIndication);
        Assert.Contains(OcspErrorCodes.Timeout, result.Checks.Single(c => c.Name == ValidationCheckNames.Revocation).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateChain_FreshGostCertificate_IsTotalPassedThroughOcsp()
    {
        Revocation.RevocationTestData.RequireGostVerifier();
        var issued = fixture.Issuer.Issue(new TestPkiIssueRequest
        {
            Subject = TestPkiFixture.FirstHead(),
            Algorithm = TestPkiAlgorithm.Gost2015,
            Password = "p",
        });
        var (validator, _) = await CreateValidatorAsync();

        var result = await validator.ValidateAsync(
            issued.Value!.Certificate,
            new PathValidationSettings { ValidationTime = DateTimeOffset.UtcNow },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Indication.TotalPassed, result.Indication);
    }

    [Fact]
    public async Task Timestamp_Request_ReturnsTokenSignedByTestTsa()
    {
        var imprint = DigestUtilities.CalculateDigest("SHA256", "signature value"u8.ToArray());
        var generator = new TimeStampRequestGenerator();
        generator.SetCertReq(true);
        var request = generator.Generate(NistObjectIdentifiers.IdSha256, imprint, Org.BouncyCastle.Math.BigInteger.ValueOf(42));
        using var http = new HttpClient();
        using var content = new ByteArrayContent(request.GetEncoded());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/timestamp-query");

        using var answer = await http.PostAsync(new Uri(fixture.Server.BaseUrl, "tsp/"), content, TestContext.Current.CancellationToken);
        var response = new TimeStampResponse(await answer.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        response.Validate(request);
        Assert.Equal(0, response.Status);
        var token = response.TimeStampToken;
        token.Validate(fixture.Issuer.Store.TsaCertificate());
        Assert.Equal(imprint, token.TimeStampInfo.GetMessageImprintDigest());
        Assert.Equal(TestPkiProfile.TestTsaPolicy, token.TimeStampInfo.Policy);
    }

    [Fact]
    public async Task Server_GostCrl_IsSignedInNcaLayoutAndParses()
    {
        using var http = new HttpClient();

        var der = await http.GetByteArrayAsync(new Uri(fixture.Server.BaseUrl, "crl/gost.crl"), TestContext.Current.CancellationToken);

        var crl = IndexedCrl.Parse(der, "gost.crl");
        Assert.True(crl.IsSuccess, crl.Error?.ToString());
        Assert.Equal(NcaGostKeys.SignatureOid, crl.Value!.Crl.SigAlgOid);
        Assert.Equal(128, crl.Value.Crl.GetSignature().Length);
    }

    private TestPkiIssuedCertificate IssueRsa(string iin)
    {
        var issued = fixture.Issuer.Issue(new TestPkiIssueRequest { Subject = TestPkiFixture.Individual(iin), Password = "p" });
        Assert.True(issued.IsSuccess, issued.Error?.ToString());
        return issued.Value!;
    }

    private static OcspRevocationSource CreateOcspSource(Uri? responder = null)
    {
        var options = new OcspOptions { ResponderUrl = responder, RequestTimeout = TimeSpan.FromSeconds(10) };
        var verifier = new TestSignatureVerifier();
        return new OcspRevocationSource(
            new OcspClient(new HttpClient(), options),
            new OcspResponseValidator(verifier, options),
            new OcspCache(TimeProvider.System, options),
            options,
            TimeProvider.System,
            NullLogger<OcspRevocationSource>.Instance);
    }

    private async Task<(CertificateChainValidator Validator, CrlRevocationSource Crl)> CreateValidatorAsync()
    {
        var store = fixture.Issuer.Store;
        var trustOptions = new TrustOptions();
        foreach (var file in store.RootCertificateFiles())
        {
            trustOptions.TrustAnchorFiles.Add(file);
        }

        foreach (var file in store.IssuingCaCertificateFiles())
        {
            trustOptions.IntermediateFiles.Add(file);
        }

        var trustStore = TrustStore.Load(trustOptions);
        Assert.True(trustStore.IsSuccess, trustStore.Error?.ToString());

        var crlOptions = new CrlOptions();
        foreach (var name in new[] { "rsa", "rsa-root", "gost", "gost-root" })
        {
            crlOptions.Sources.Add(new Uri(store.BaseUrl, $"crl/{name}.crl").ToString());
        }

        var crlStore = new CrlStore();
        var refresh = await new CrlRefresher(new HttpClient(), crlStore, crlOptions, NullLogger<CrlRefresher>.Instance)
            .RefreshAsync(TestContext.Current.CancellationToken);
        Assert.Equal(4, refresh.Loaded);

        var verifier = new TestSignatureVerifier();
        var crlSource = new CrlRevocationSource(crlStore, verifier);
        var validator = new CertificateChainValidator(
            trustStore.Value!,
            verifier,
            new OcspThenCrlRevocationSource(CreateOcspSource(), crlSource),
            NullLogger<CertificateChainValidator>.Instance);
        return (validator, crlSource);
    }

}
