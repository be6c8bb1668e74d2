using System.Text.Json.Nodes;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Digests;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Tests.Support;
using Idocs.Signatures.Tests.Xml;
using Idocs.Signatures.Xml;

namespace Idocs.Signatures.Tests.TestSigner;

public sealed class TestSignerSignatureTests
{
    private const string RsaKey = "kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_SIGN_2004.p12";
    private const string Gost2004Key = "kz-pki/ncanode/keys/KEY_CEO_SIGN_REVOKED_2004.p12";
    private const string Gost2015Key = "kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12";

    private static readonly byte[] Content = "Договор поставки № 7"u8.ToArray();

    public static TheoryData<string> KeyFiles() => [RsaKey, Gost2004Key, Gost2015Key];

    [Theory]
    [MemberData(nameof(KeyFiles))]
    public async Task Sign_BasicsDetachedCms_VerifiesCryptographically(string file)
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(file));

        var response = await signer.AskAsync(BasicsCms(Convert.ToBase64String(Content), encapsulate: false, digested: false));
        var report = await VerifyAsync(FromPem(response["body"]!["result"]!.GetValue<string>()), Content);

        Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.MessageDigest));
        Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.SignatureValue));
        Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.SigningCertificateBinding));
    }

    [Theory]
    [MemberData(nameof(KeyFiles))]
    public async Task Sign_BasicsAttachedCms_EmbedsContentAndVerifies(string file)
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(file));

        var response = await signer.AskAsync(BasicsCms(Convert.ToBase64String(Content), encapsulate: true, digested: false));
        var cms = FromPem(response["body"]!["result"]!.GetValue<string>());
        var report = await VerifyAsync(cms, null);

        Assert.True(cms.AsSpan().IndexOf(Content) > 0);
        Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.MessageDigest));
        Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.SignatureValue));
    }

    [Theory]
    [MemberData(nameof(KeyFiles))]
    public async Task Sign_BasicsDigested_VerifiesAgainstTheContent(string file)
    {
        var key = TestKeys.Load(file);
        var digest = DigestAlgorithms.Compute(Idocs.Signatures.Algorithms.SignatureGenerator.SchemeFor(key.Certificate.SubjectPublicKeyInfo).Digest, Content);
        await using var signer = await RunningTestSigner.StartAsync(key);

        var response = await signer.AskAsync(BasicsCms(Convert.ToBase64String(digest), encapsulate: false, digested: true));
        var report = await VerifyAsync(FromPem(response["body"]!["result"]!.GetValue<string>()), Content);

        Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.MessageDigest));
        Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.SignatureValue));
    }

    [Fact]
    public async Task Sign_BasicsManyItems_ReturnsOneVerifyingCmsPerItem()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(Gost2015Key));
        byte[][] items = ["первый"u8.ToArray(), "второй"u8.ToArray(), "третий"u8.ToArray()];
        var data = new JsonArray(items.Select(item => (JsonNode)Convert.ToBase64String(item)).ToArray());

        var response = await signer.AskAsync(BasicsCms(data.ToJsonString(), encapsulate: false, digested: false, rawData: true));
        var results = response["body"]!["result"]!.AsArray();
        var reports = new List<ValidationReport>();
        for (var index = 0; index < items.Length; index++)
        {
            reports.Add(await VerifyAsync(FromPem(results[index]!.GetValue<string>()), items[index]));
        }

        Assert.Equal(items.Length, results.Count);
        Assert.All(reports, report => Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.MessageDigest)));
        Assert.All(reports, report => Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.SignatureValue)));
    }

    [Theory]
    [MemberData(nameof(KeyFiles))]
    public async Task CreateCadesFromBase64_Detached_ReturnsBareBase64ThatVerifies(string file)
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(file));

        var response = await signer.AskAsync(
            $$"""{"module":"kz.gov.pki.knca.commonUtils","method":"createCAdESFromBase64","args":["PKCS12","SIGNATURE","{{Convert.ToBase64String(Content)}}",false]}""");
        var report = await VerifyAsync(Convert.FromBase64String(response["responseObject"]!.GetValue<string>()), Content);

        Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.MessageDigest));
        Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.SignatureValue));
    }

    [Fact]
    public async Task CreateCadesFromBase64Hash_Sha256_VerifiesAgainstTheContent()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey));
        var digest = DigestAlgorithms.Compute(DigestAlgorithm.Sha256, Content);

        var response = await signer.AskAsync(
            $$"""{"module":"kz.gov.pki.knca.commonUtils","method":"createCAdESFromBase64Hash","args":["PKCS12","SIGNATURE","{{Convert.ToBase64String(digest)}}"]}""");
        var report = await VerifyAsync(Convert.FromBase64String(response["responseObject"]!.GetValue<string>()), Content);

        Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.MessageDigest));
        Assert.Equal(CheckStatus.Passed, StatusOf(report, ValidationCheckNames.SignatureValue));
    }

    [Fact]
    public async Task Sign_BasicsXmlWithRsaKey_VerifiesWithXmlVerifier()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey));

        var response = await signer.AskAsync(
            """{"module":"kz.gov.pki.knca.basics","method":"sign","args":{"format":"xml","data":"<login><nonce>5f2c</nonce></login>","signingParams":{},"signerParams":{"extKeyUsageOids":[]},"locale":"kk"}}""");
        var signed = response["body"]!["result"]![0]!.GetValue<string>();
        var result = XmlTestKeys.CreateVerifier().Verify(signed);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>", signed, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Passed, XmlCheck(result, ValidationCheckNames.References));
        Assert.Equal(CheckStatus.Passed, XmlCheck(result, ValidationCheckNames.SignatureValue));
    }

    [Fact]
    public async Task SignXmls_CommonUtilsWithRsaKey_ReturnsCrLfDocumentsThatVerify()
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(RsaKey));

        var response = await signer.AskAsync(
            """{"module":"kz.gov.pki.knca.commonUtils","method":"signXmls","args":["PKCS12","SIGNATURE",["<tag>data</tag>","<tag>другие</tag>"],"",""]}""");
        var documents = response["responseObject"]!.AsArray().Select(node => node!.GetValue<string>()).ToList();
        var results = documents.Select(document => XmlTestKeys.CreateVerifier().Verify(document)).ToList();

        Assert.Equal(2, documents.Count);
        Assert.All(documents, document => Assert.Contains("\r\n<ds:SignedInfo>", document, StringComparison.Ordinal));
        Assert.All(results, result => Assert.Equal(CheckStatus.Passed, XmlCheck(result, ValidationCheckNames.SignatureValue)));
    }

    [Theory]
    [InlineData(Gost2004Key, XmlDsigUris.Gost34310Gost34311)]
    [InlineData(Gost2015Key, XmlDsigUris.Gost34102015With512)]
    public async Task SignXml_GostKey_WritesGostMethodAndVerifiesWithLibrary(string file, string signatureMethod)
    {
        await using var signer = await RunningTestSigner.StartAsync(TestKeys.Load(file));

        var response = await signer.AskAsync(
            """{"module":"kz.gov.pki.knca.commonUtils","method":"signXml","args":["PKCS12","SIGNATURE","<tag>data</tag>","",""]}""");
        var signed = response["responseObject"]!.GetValue<string>();

        Assert.Contains(signatureMethod, signed, StringComparison.Ordinal);
        var libraryVerifier = LibrarySignatureVerifier.TryCreate();
        Assert.SkipWhen(libraryVerifier is null, LibrarySignatureVerifier.MissingReason);
        var result = new XmlSignatureVerifier(libraryVerifier!, new XmlDigestCalculator()).Verify(signed);
        Assert.Equal(CheckStatus.Passed, XmlCheck(result, ValidationCheckNames.SignatureValue));
    }

    [Fact]
    public async Task GetKeyInfo_RsaKey_DescribesTheCertificate()
    {
        var key = TestKeys.Load(RsaKey);
        await using var signer = await RunningTestSigner.StartAsync(key);

        var response = await signer.AskAsync("""{"module":"kz.gov.pki.knca.commonUtils","method":"getKeyInfo","args":["PKCS12"]}""");
        var info = response["responseObject"]!;

        Assert.Equal("RSA", info["algorithm"]?.GetValue<string>());
        Assert.Equal(key.Certificate.SerialNumber.ToString(16), info["serialNumber"]?.GetValue<string>());
        Assert.StartsWith("-----BEGIN CERTIFICATE-----\n", info["pem"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(key.Certificate.NotAfter.ToUniversalTime()).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), info["certNotAfter"]?.GetValue<string>());
    }

    private static string BasicsCms(string data, bool encapsulate, bool digested, bool rawData = false)
    {
        var args = new JsonObject
        {
            ["allowedStorages"] = new JsonArray("PKCS12"),
            ["format"] = "cms",
            ["data"] = rawData ? JsonNode.Parse(data) : data,
            ["signingParams"] = new JsonObject { ["decode"] = true, ["encapsulate"] = encapsulate, ["digested"] = digested },
            ["signerParams"] = new JsonObject { ["extKeyUsageOids"] = new JsonArray() },
            ["locale"] = "ru",
        };
        return new JsonObject { ["module"] = "kz.gov.pki.knca.basics", ["method"] = "sign", ["args"] = args }.ToJsonString();
    }

    private static byte[] FromPem(string pem)
    {
        Assert.StartsWith("-----BEGIN CMS-----\n", pem, StringComparison.Ordinal);
        Assert.EndsWith("\n-----END CMS-----\n", pem, StringComparison.Ordinal);
        var lines = pem.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return Convert.FromBase64String(string.Concat(lines[1..^1]));
    }

    private static async Task<ValidationReport> VerifyAsync(byte[] cms, byte[]? detachedContent)
    {
        var verifier = new CmsSignatureVerifier(
            new CmsVerificationOptions { Certificates = new() { ValidateIdentifierChecksums = false } },
            TimeProvider.System);
        var content = detachedContent is null ? null : CmsContent.FromBytes(detachedContent);
        return (await verifier.VerifyAsync(cms, content, TestContext.Current.CancellationToken))[0];
    }

    private static CheckStatus? StatusOf(ValidationReport report, string check) =>
        report.Checks.FirstOrDefault(c => c.Name == check)?.Status;

    private static CheckStatus? XmlCheck(XmlVerificationResult result, string check) =>
        result.Signatures[0].Report.Checks.FirstOrDefault(c => c.Name == check)?.Status;
}
