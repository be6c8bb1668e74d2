using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Xml;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Xml;

namespace Idocs.Signatures.Tests.Xml;

public sealed class XmlSignatureVerifierTests
{
    private const string Document = "<contract xmlns=\"urn:idocs:test\" Id=\"contract\"><party>ТОО Тест</party><amount currency=\"KZT\">1000</amount></contract>";

    [Fact]
    public void Verify_SignedBySigner_ReportsIndeterminateOnChainOnly()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = XmlTestKeys.CreateSigner().Sign(Document, new RsaXmlSigningKey(certificate)).Value!;

        var result = XmlTestKeys.CreateVerifier().Verify(signed);

        Assert.Equal(Indication.Indeterminate, result.Report.Indication);
        Assert.Equal(SubIndication.NoCertificateChainFound, result.Report.SubIndication);
        Assert.Null(result.Rejection);
        Assert.Single(result.Signatures);
        Assert.All(
            result.Signatures[0].Report.Checks.Where(c => c.Name != ValidationCheckNames.CertificateChain),
            check => Assert.Equal(CheckStatus.Passed, check.Status));
    }

    [Fact]
    public void Verify_SignedDocument_ReportsCoveredDocumentWithoutSignature()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = XmlTestKeys.CreateSigner().Sign(Document, new RsaXmlSigningKey(certificate)).Value!;

        var reference = XmlTestKeys.CreateVerifier().Verify(signed).Signatures[0].References.Single();

        Assert.Equal(string.Empty, reference.Uri);
        Assert.Equal("/", reference.CoveredNode);
        Assert.Equal(["/contract[1]/ds:Signature[1]"], reference.ExcludedNodes);
        Assert.Equal(Encoding.UTF8.GetBytes(Document), reference.CanonicalContent.ToArray());
    }

    [Fact]
    public void LoadContent_CommentAddedAfterSigning_ReturnsOnlySignedNodes()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = XmlTestKeys.CreateSigner().Sign(Document, new RsaXmlSigningKey(certificate)).Value!;
        var withComment = signed.Replace("<party>", "<party><!-- not signed -->", StringComparison.Ordinal);

        var result = XmlTestKeys.CreateVerifier().Verify(withComment);
        var content = result.Signatures[0].References[0].LoadContent();

        Assert.False(result.IsRejected);
        Assert.True(content.IsSuccess);
        Assert.DoesNotContain("not signed", content.Value!.OuterXml, StringComparison.Ordinal);
        Assert.Empty(content.Value.GetElementsByTagName("Signature", XmlDsigUris.DsigNamespace));
        Assert.Equal("ТОО Тест", content.Value.DocumentElement!["party", "urn:idocs:test"]!.InnerText);
    }

    [Fact]
    public void Verify_NcaRsaTestKey_ReadsSignerIdentity()
    {
        using var certificate = XmlTestKeys.LoadNcaRsaKey();
        var signed = XmlTestKeys.CreateSigner().Sign("<tag>data</tag>", new RsaXmlSigningKey(certificate)).Value!;

        var result = XmlTestKeys.CreateVerifier().Verify(signed);

        Assert.Equal(Indication.Indeterminate, result.Report.Indication);
        Assert.Equal("123456789011", result.Report.Signer?.Iin);
        Assert.Equal("ТЕСТОВ ТЕСТ", result.Report.Signer?.CommonName);
        Assert.Equal(certificate.RawData, result.Signatures[0].SignerCertificate);
    }

    [Fact]
    public void Sign_NcaLayerInput_GivesNcaLayerDigestValue()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");

        var signed = XmlTestKeys.CreateSigner().Sign("<tag>data</tag>", new RsaXmlSigningKey(certificate)).Value!;

        // NCALayer's recorded signXml output for <tag>data</tag> carries this DigestValue.
        Assert.Contains("<ds:DigestValue>soDZFGIUsZ1x0sK/7x1bJvtGeQsO0BKOVwAvKxC3RJY=</ds:DigestValue>", signed, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TwoSequentialSignatures_BothVerify()
    {
        using var first = XmlTestKeys.CreateSelfSigned("First");
        using var second = XmlTestKeys.CreateSelfSigned("Second");
        var signer = XmlTestKeys.CreateSigner();
        var once = signer.Sign(Document, new RsaXmlSigningKey(first)).Value!;
        var twice = signer.Sign(once, new RsaXmlSigningKey(second)).Value!;

        var result = XmlTestKeys.CreateVerifier().Verify(twice);

        Assert.Equal(Indication.Indeterminate, result.Report.Indication);
        Assert.Equal(2, result.Signatures.Count);
        Assert.Equal(["/contract[1]/ds:Signature[2]", "/contract[1]/ds:Signature[1]"], result.Signatures[0].References[0].ExcludedNodes);
        Assert.Equal(["/contract[1]/ds:Signature[2]"], result.Signatures[1].References[0].ExcludedNodes);
        Assert.Contains("ds:Signature", Encoding.UTF8.GetString(result.Signatures[1].References[0].CanonicalContent.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_FirstOfTwoSignaturesTampered_RejectsDocument()
    {
        using var first = XmlTestKeys.CreateSelfSigned("First");
        using var second = XmlTestKeys.CreateSelfSigned("Second");
        var signer = XmlTestKeys.CreateSigner();
        var once = signer.Sign(Document, new RsaXmlSigningKey(first)).Value!;
        var twice = signer.Sign(once, new RsaXmlSigningKey(second)).Value!;
        var firstValueStart = twice.IndexOf("<ds:SignatureValue>", StringComparison.Ordinal) + "<ds:SignatureValue>".Length;
        var tampered = twice[..firstValueStart] + (twice[firstValueStart] == 'A' ? 'B' : 'A') + twice[(firstValueStart + 1)..];

        var result = XmlTestKeys.CreateVerifier().Verify(tampered);

        Assert.Equal(Indication.TotalFailed, result.Report.Indication);
        Assert.Equal(Indication.TotalFailed, result.Signatures[0].Report.Indication);
        Assert.Equal(SubIndication.HashFailure, result.Signatures[1].Report.SubIndication);
    }

    [Fact]
    public void Verify_ContentChangedAfterSigning_FailsWithHashFailure()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = XmlTestKeys.CreateSigner().Sign(Document, new RsaXmlSigningKey(certificate)).Value!;
        var tampered = signed.Replace(">1000<", ">9000<", StringComparison.Ordinal);

        var result = XmlTestKeys.CreateVerifier().Verify(tampered);

        Assert.Equal(Indication.TotalFailed, result.Report.Indication);
        Assert.Equal(SubIndication.HashFailure, result.Report.SubIndication);
        Assert.Equal(XmlSignatureErrorCodes.DigestMismatch, result.Rejection?.Code);
        Assert.Empty(result.Signatures[0].References);
    }

    [Fact]
    public void Verify_SignatureValueChanged_FailsWithSigCryptoFailure()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = XmlTestKeys.CreateSigner().Sign(Document, new RsaXmlSigningKey(certificate)).Value!;
        var start = signed.IndexOf("<ds:SignatureValue>", StringComparison.Ordinal) + "<ds:SignatureValue>".Length + 10;
        var tampered = signed[..start] + (signed[start] == 'A' ? 'B' : 'A') + signed[(start + 1)..];

        var result = XmlTestKeys.CreateVerifier().Verify(tampered);

        Assert.Equal(Indication.TotalFailed, result.Report.Indication);
        Assert.Equal(SubIndication.SigCryptoFailure, result.Report.SubIndication);
        Assert.Equal(XmlSignatureErrorCodes.SignatureInvalid, result.Rejection?.Code);
    }

    [Fact]
    public void Verify_SignedInfoChanged_FailsWithSigCryptoFailure()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = XmlTestKeys.CreateSigner().Sign(Document, new RsaXmlSigningKey(certificate)).Value!;
        var tampered = signed.Replace("REC-xml-c14n-20010315#WithComments", "REC-xml-c14n-20010315", StringComparison.Ordinal);

        var result = XmlTestKeys.CreateVerifier().Verify(tampered);

        Assert.Equal(SubIndication.SigCryptoFailure, result.Report.SubIndication);
    }

    [Fact]
    public void Verify_RequiredElementCoveredByIdReference_Passes()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = DotNetSignedXml.Sign(Document, certificate, XmlDsigUris.ExclusiveC14N, "#contract", enveloped: true);
        var options = new XmlSignatureVerificationOptions { RequiredCoverage = [XmlCoverageRequirement.ElementWithId("contract")] };

        var result = XmlTestKeys.CreateVerifier().Verify(signed, options);

        Assert.Equal(Indication.Indeterminate, result.Report.Indication);
        Assert.Equal("/contract[1]", result.Signatures[0].References[0].CoveredNode);
    }

    [Fact]
    public void Verify_IdReferenceOnly_RejectsWholeDocumentRequirement()
    {
        var document = "<root><data Id=\"signed\">1</data><data Id=\"other\">2</data></root>";
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = DotNetSignedXml.Sign(document, certificate, XmlDsigUris.C14N, "#signed", enveloped: false);

        var result = XmlTestKeys.CreateVerifier().Verify(signed);

        Assert.Equal(Indication.TotalFailed, result.Report.Indication);
        Assert.Equal(SubIndication.SignedDataNotFound, result.Report.SubIndication);
        Assert.Equal(XmlSignatureErrorCodes.RequiredContentNotCovered, result.Rejection?.Code);
    }

    [Fact]
    public void Verify_OtherElementRequired_RejectsAsNotCovered()
    {
        var document = "<root><data Id=\"signed\">1</data><data Id=\"other\">2</data></root>";
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = DotNetSignedXml.Sign(document, certificate, XmlDsigUris.C14N, "#signed", enveloped: false);
        var options = new XmlSignatureVerificationOptions { RequiredCoverage = [XmlCoverageRequirement.ElementWithId("other")] };

        var result = XmlTestKeys.CreateVerifier().Verify(signed, options);

        Assert.Equal(XmlSignatureErrorCodes.RequiredContentNotCovered, result.Rejection?.Code);
    }

    [Theory]
    [InlineData(XmlDsigUris.C14N, XmlDsigUris.C14N)]
    [InlineData(XmlDsigUris.C14NWithComments, XmlDsigUris.C14NWithComments)]
    [InlineData(XmlDsigUris.ExclusiveC14N, XmlDsigUris.ExclusiveC14N)]
    [InlineData(XmlDsigUris.ExclusiveC14NWithComments, XmlDsigUris.ExclusiveC14NWithComments)]
    [InlineData(XmlDsigUris.C14N, XmlDsigUris.ExclusiveC14N)]
    [InlineData(XmlDsigUris.ExclusiveC14N, XmlDsigUris.C14NWithComments)]
    public void Verify_SignedXmlWithDeclaredCanonicalization_Verifies(string signedInfoCanonicalization, string referenceCanonicalization)
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var document = "<a:doc xmlns:a=\"urn:a\" xmlns:unused=\"urn:u\"><!-- note --><a:item xml:lang=\"kk\">мәтін</a:item>\n  <b xmlns=\"urn:b\">x</b></a:doc>";
        var signed = DotNetSignedXml.Sign(document, certificate, signedInfoCanonicalization, string.Empty, enveloped: true, referenceCanonicalization);

        var result = XmlTestKeys.CreateVerifier().Verify(signed);

        Assert.Null(result.Rejection);
        Assert.Equal(Indication.Indeterminate, result.Report.Indication);
    }

    [Fact]
    public void Verify_ExclusiveC14NWithInclusivePrefixList_Verifies()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var document = "<a:doc xmlns:a=\"urn:a\" xmlns:kept=\"urn:kept\"><a:item>1</a:item></a:doc>";
        var signed = DotNetSignedXml.Sign(document, certificate, XmlDsigUris.ExclusiveC14N, string.Empty, enveloped: true, XmlDsigUris.ExclusiveC14N, inclusivePrefixes: "kept");

        var result = XmlTestKeys.CreateVerifier().Verify(signed);

        Assert.Contains("PrefixList=\"kept\"", signed, StringComparison.Ordinal);
        Assert.Null(result.Rejection);
        Assert.Contains("xmlns:kept", Encoding.UTF8.GetString(result.Signatures[0].References[0].CanonicalContent.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_XadesShapedSignature_VerifiesBothReferences()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(Document);
        var signedXml = new System.Security.Cryptography.Xml.SignedXml(document) { SigningKey = certificate.GetRSAPrivateKey() };
        signedXml.SignedInfo!.CanonicalizationMethod = XmlDsigUris.ExclusiveC14N;
        signedXml.SignedInfo.SignatureMethod = XmlDsigUris.RsaSha256;
        var properties = new XmlDocument { PreserveWhitespace = true };
        properties.LoadXml("<xades:QualifyingProperties xmlns:xades=\"http://uri.etsi.org/01903/v1.3.2#\"><xades:SignedProperties><xades:SigningTime>2026-12-04T10:00:00Z</xades:SigningTime></xades:SignedProperties></xades:QualifyingProperties>");
        // .NET's SignedXml resolves only the Object's own ID, so the ID sits on ds:Object here and not on
        // SignedProperties as Kalkan writes it. The reference still points into the signature's Object.
        signedXml.AddObject(new System.Security.Cryptography.Xml.DataObject { Id = "xades-props", Data = properties.ChildNodes });
        var whole = new System.Security.Cryptography.Xml.Reference(string.Empty) { DigestMethod = XmlDsigUris.Sha256 };
        whole.AddTransform(new System.Security.Cryptography.Xml.XmlDsigEnvelopedSignatureTransform());
        whole.AddTransform(new System.Security.Cryptography.Xml.XmlDsigExcC14NTransform());
        signedXml.AddReference(whole);
        var signedProperties = new System.Security.Cryptography.Xml.Reference("#xades-props") { DigestMethod = XmlDsigUris.Sha256 };
        signedProperties.AddTransform(new System.Security.Cryptography.Xml.XmlDsigExcC14NTransform());
        signedXml.AddReference(signedProperties);
        var keyInfo = new System.Security.Cryptography.Xml.KeyInfo();
        keyInfo.AddClause(new System.Security.Cryptography.Xml.KeyInfoX509Data(certificate));
        signedXml.KeyInfo = keyInfo;
        signedXml.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signedXml.GetXml(), deep: true));

        var result = XmlTestKeys.CreateVerifier().Verify(document.OuterXml);

        Assert.Null(result.Rejection);
        Assert.Equal(["/", "/contract[1]/Signature[1]/Object[1]"], result.Signatures[0].References.Select(r => r.CoveredNode).ToArray());
    }

    [Fact]
    public void Verify_NoRequiredCoverage_Throws()
    {
        var options = new XmlSignatureVerificationOptions { RequiredCoverage = [] };

        Assert.Throws<ArgumentException>(() => XmlTestKeys.CreateVerifier().Verify("<tag/>", options));
    }

    [Fact]
    public void Verify_NcaLayerResponses_RejectsStrippedCertificate()
    {
        var samples = NcaLayerSignedXmlSamples();

        foreach (var (index, xml) in samples)
        {
            var result = XmlTestKeys.CreateVerifier().Verify(xml);

            var checks = result.Signatures.Single().Report.Checks;
            Assert.Equal(CheckStatus.Passed, checks.Single(c => c.Name == ValidationCheckNames.References).Status);
            Assert.Equal(XmlSignatureErrorCodes.SigningCertificateInvalid, result.Rejection?.Code);
            Assert.True(result.IsRejected, $"Sample {index} must not pass without a certificate.");
        }

        Assert.Equal(10, samples.Count);
    }

    [Fact]
    public void Verify_TamperedNcaLayerResponse_FailsDigest()
    {
        var (_, xml) = NcaLayerSignedXmlSamples()[0];
        var tampered = xml.Replace("<tag>data", "<tag>date", StringComparison.Ordinal);

        var result = XmlTestKeys.CreateVerifier().Verify(tampered);

        Assert.Equal(XmlSignatureErrorCodes.DigestMismatch, result.Rejection?.Code);
    }

    [Fact]
    public void Verify_Sha1SignatureByDefault_RejectsAsNotAllowed()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = DotNetSignedXml.Sign(Document, certificate, XmlDsigUris.C14N, string.Empty, enveloped: true, signatureMethod: XmlDsigUris.RsaSha1, digestMethod: XmlDsigUris.Sha1);

        var rejected = XmlTestKeys.CreateVerifier().Verify(signed);
        var allowed = XmlTestKeys.CreateVerifier().Verify(signed, new XmlSignatureVerificationOptions { AllowSha1 = true });

        Assert.Equal(XmlSignatureErrorCodes.AlgorithmNotAllowed, rejected.Rejection?.Code);
        Assert.Equal(SubIndication.CryptoConstraintsFailure, rejected.Report.SubIndication);
        Assert.Equal(Indication.Indeterminate, allowed.Report.Indication);
    }

    // The signXml, signXmls and basics sign responses recorded from NCALayer. The recorder replaced
    // each certificate with a placeholder, so only the references can be verified.
    private static List<(int Index, string Xml)> NcaLayerSignedXmlSamples()
    {
        var samples = new List<(int, string)>();
        using var json = JsonDocument.Parse(XmlTestData.Read("kz-pki", "sigex-ncalayer-js-client", "test-data.json"));
        var index = 0;
        foreach (var entry in json.RootElement.EnumerateArray())
        {
            var response = JsonDocument.Parse(entry.GetProperty("response").GetString()!).RootElement;
            var results = response.TryGetProperty("responseObject", out var responseObject) ? responseObject
                : response.TryGetProperty("body", out var body) && body.TryGetProperty("result", out var result) ? result
                : default;
            var values = results.ValueKind switch
            {
                JsonValueKind.String => [results.GetString()!],
                JsonValueKind.Array => results.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList(),
                _ => new List<string>(),
            };
            samples.AddRange(values.Where(v => v.Contains("ds:Signature", StringComparison.Ordinal)).Select(v => (index, v)));
            index++;
        }

        return samples;
    }
}
