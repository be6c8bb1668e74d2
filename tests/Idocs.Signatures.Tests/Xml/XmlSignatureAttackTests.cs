using System.Diagnostics;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Xml;

namespace Idocs.Signatures.Tests.Xml;

public sealed class XmlSignatureAttackTests
{
    private const string Ds = "http://www.w3.org/2000/09/xmldsig#";
    private const string Enveloped = $"<ds:Transform Algorithm=\"{XmlDsigUris.EnvelopedSignatureTransform}\"/>";

    public static TheoryData<string, string, string, string, string, string, SubIndication> RejectedSignatures => new()
    {
        { "xslt transform", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "", $"<ds:Transform Algorithm=\"{XmlDsigUris.XsltTransform}\"><xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\"/></ds:Transform>", XmlSignatureErrorCodes.ForbiddenTransform, SubIndication.SigConstraintsFailure },
        { "xpath transform", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "", $"<ds:Transform Algorithm=\"{XmlDsigUris.XPathTransform}\"><ds:XPath>not(ancestor-or-self::ds:Signature)</ds:XPath></ds:Transform>", XmlSignatureErrorCodes.ForbiddenTransform, SubIndication.SigConstraintsFailure },
        { "xpath filter 2", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "", $"<ds:Transform Algorithm=\"{XmlDsigUris.XPathFilter2Transform}\"/>", XmlSignatureErrorCodes.ForbiddenTransform, SubIndication.SigConstraintsFailure },
        { "base64 transform", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "", $"<ds:Transform Algorithm=\"{XmlDsigUris.Base64Transform}\"/>", XmlSignatureErrorCodes.ForbiddenTransform, SubIndication.SigConstraintsFailure },
        { "hmac sha1", XmlDsigUris.C14N, "http://www.w3.org/2000/09/xmldsig#hmac-sha1", "", Enveloped, XmlSignatureErrorCodes.HmacForbidden, SubIndication.CryptoConstraintsFailure },
        { "hmac sha256", XmlDsigUris.C14N, "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256", "", Enveloped, XmlSignatureErrorCodes.HmacForbidden, SubIndication.CryptoConstraintsFailure },
        { "dsa signature method", XmlDsigUris.C14N, "http://www.w3.org/2000/09/xmldsig#dsa-sha1", "", Enveloped, XmlSignatureErrorCodes.UnsupportedAlgorithm, SubIndication.CryptoConstraintsFailure },
        { "ecdsa signature method", XmlDsigUris.C14N, "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "", Enveloped, XmlSignatureErrorCodes.UnsupportedAlgorithm, SubIndication.CryptoConstraintsFailure },
        { "russian gost method", XmlDsigUris.C14N, "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34102012-gostr34112012-512", "", Enveloped, XmlSignatureErrorCodes.UnsupportedAlgorithm, SubIndication.CryptoConstraintsFailure },
        { "c14n 1.1", XmlDsigUris.C14N11, XmlDsigUris.RsaSha256, "", Enveloped, XmlSignatureErrorCodes.UnsupportedAlgorithm, SubIndication.CryptoConstraintsFailure },
        { "c14n 1.1 transform", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "", $"{Enveloped}<ds:Transform Algorithm=\"{XmlDsigUris.C14N11}\"/>", XmlSignatureErrorCodes.UnsupportedAlgorithm, SubIndication.CryptoConstraintsFailure },
        { "unknown transform", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "", "<ds:Transform Algorithm=\"urn:example:decompress\"/>", XmlSignatureErrorCodes.UnsupportedAlgorithm, SubIndication.CryptoConstraintsFailure },
        { "c14n before enveloped", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "", $"<ds:Transform Algorithm=\"{XmlDsigUris.C14N}\"/>{Enveloped}", XmlSignatureErrorCodes.UnsupportedAlgorithm, SubIndication.CryptoConstraintsFailure },
        { "http reference", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "http://127.0.0.1:9/doc.xml", "", XmlSignatureErrorCodes.ExternalReference, SubIndication.SigConstraintsFailure },
        { "file reference", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "file:///etc/passwd", "", XmlSignatureErrorCodes.ExternalReference, SubIndication.SigConstraintsFailure },
        { "relative reference", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "doc.xml", "", XmlSignatureErrorCodes.ExternalReference, SubIndication.SigConstraintsFailure },
        { "xpointer root", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "#xpointer(/)", Enveloped, XmlSignatureErrorCodes.ExternalReference, SubIndication.SigConstraintsFailure },
        { "xpointer id", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "#xpointer(id('d'))", "", XmlSignatureErrorCodes.ExternalReference, SubIndication.SigConstraintsFailure },
        { "id with quotes", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "#d' or '1'='1", "", XmlSignatureErrorCodes.ExternalReference, SubIndication.SigConstraintsFailure },
        { "missing id", XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "#nowhere", "", XmlSignatureErrorCodes.ReferenceNotFound, SubIndication.SignedDataNotFound },
    };

    [Theory]
    [MemberData(nameof(RejectedSignatures))]
    public void Verify_HostileSignature_RejectsWithReason(
        string attack, string canonicalization, string signatureMethod, string uri, string transforms, string expectedCode, SubIndication expectedSubIndication)
    {
        var xml = Template(canonicalization, signatureMethod, uri, transforms);

        var result = XmlTestKeys.CreateVerifier().Verify(xml);

        Assert.True(result.IsRejected, attack);
        Assert.Equal(expectedCode, result.Rejection?.Code);
        Assert.Equal(expectedSubIndication, result.Report.SubIndication);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection?.Message));
    }

    [Fact]
    public void Verify_ReferenceWithoutUri_RejectsAsExternal()
    {
        var xml = Template(XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "", Enveloped).Replace("<ds:Reference URI=\"\">", "<ds:Reference>", StringComparison.Ordinal);

        var result = XmlTestKeys.CreateVerifier().Verify(xml);

        Assert.Equal(XmlSignatureErrorCodes.ExternalReference, result.Rejection?.Code);
    }

    [Fact]
    public async Task Verify_XsltAndHttpReference_MakeNoConnection()
    {
        await using var recorder = new LoopbackConnectionRecorder();
        var xslt = $"<ds:Transform Algorithm=\"{XmlDsigUris.XsltTransform}\"><xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\"><xsl:template match=\"/\"><xsl:copy-of select=\"document('{recorder.BaseUrl}/x')\"/></xsl:template></xsl:stylesheet></ds:Transform>";

        var viaXslt = XmlTestKeys.CreateVerifier().Verify(Template(XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "", xslt));
        var viaReference = XmlTestKeys.CreateVerifier().Verify(Template(XmlDsigUris.C14N, XmlDsigUris.RsaSha256, $"{recorder.BaseUrl}/doc", ""));

        Assert.Equal(XmlSignatureErrorCodes.ForbiddenTransform, viaXslt.Rejection?.Code);
        Assert.Equal(XmlSignatureErrorCodes.ExternalReference, viaReference.Rejection?.Code);
        Assert.Equal(0, await recorder.SettleAndCountAsync());
    }

    [Fact]
    public void Verify_SecondSignedInfoInObject_RejectsAsMultipleSignedInfo()
    {
        var signed = SignedDocument();
        var signedInfo = Between(signed, "<ds:SignedInfo>", "</ds:SignedInfo>");
        var attacked = signed.Replace("</ds:KeyInfo>", $"</ds:KeyInfo><ds:Object>{signedInfo}</ds:Object>", StringComparison.Ordinal);

        var result = XmlTestKeys.CreateVerifier().Verify(attacked);

        Assert.Equal(XmlSignatureErrorCodes.MultipleSignedInfo, result.Rejection?.Code);
        Assert.Equal(SubIndication.FormatFailure, result.Report.SubIndication);
    }

    [Fact]
    public void Verify_TwoSignedInfoSiblings_RejectsAsMultipleSignedInfo()
    {
        var signed = SignedDocument();
        var signedInfo = Between(signed, "<ds:SignedInfo>", "</ds:SignedInfo>");
        var attacked = signed.Replace(signedInfo, signedInfo + signedInfo, StringComparison.Ordinal);

        var result = XmlTestKeys.CreateVerifier().Verify(attacked);

        Assert.Equal(XmlSignatureErrorCodes.MultipleSignedInfo, result.Rejection?.Code);
    }

    [Fact]
    public void Verify_DuplicateIdWrapping_RejectsAsDuplicateId()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = DotNetSignedXml.Sign("<root><pay Id=\"order\">100</pay></root>", certificate, XmlDsigUris.ExclusiveC14N, "#order", enveloped: false);
        var attacked = signed.Replace("<root>", "<root><pay Id=\"order\">1000000</pay><wrapper>", StringComparison.Ordinal)
            .Replace("</pay><ds:Signature", "</pay></wrapper><ds:Signature", StringComparison.Ordinal)
            .Replace("</pay><Signature", "</pay></wrapper><Signature", StringComparison.Ordinal);
        var options = new XmlSignatureVerificationOptions { RequiredCoverage = [XmlCoverageRequirement.ElementWithId("order")] };

        var result = XmlTestKeys.CreateVerifier().Verify(attacked, options);

        Assert.Equal(XmlSignatureErrorCodes.DuplicateId, result.Rejection?.Code);
        Assert.Equal(SubIndication.FormatFailure, result.Report.SubIndication);
    }

    [Fact]
    public void Verify_SignedElementMovedToObject_RejectsCoverage()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = DotNetSignedXml.Sign("<root><pay Id=\"order\">100</pay></root>", certificate, XmlDsigUris.ExclusiveC14N, "#order", enveloped: false);
        var original = "<pay Id=\"order\">100</pay>";
        var attacked = signed.Replace(original, "<pay Id=\"evil\">1000000</pay>", StringComparison.Ordinal)
            .Replace("</KeyInfo>", "</KeyInfo><Object><pay xmlns=\"\" Id=\"order\">100</pay></Object>", StringComparison.Ordinal);
        var options = new XmlSignatureVerificationOptions { RequiredCoverage = [XmlCoverageRequirement.ElementWithId("order")] };

        var result = XmlTestKeys.CreateVerifier().Verify(attacked);
        var signedOrder = XmlTestKeys.CreateVerifier().Verify(attacked, options);

        Assert.Contains("<Object>", attacked, StringComparison.Ordinal);
        Assert.Equal(XmlSignatureErrorCodes.RequiredContentNotCovered, result.Rejection?.Code);
        Assert.Equal(SubIndication.SignedDataNotFound, result.Report.SubIndication);
        Assert.Equal("/root[1]/Signature[1]/Object[1]/pay[1]", signedOrder.Signatures[0].References[0].CoveredNode);
    }

    [Fact]
    public void Verify_NestedSignature_RejectsAsWrapping()
    {
        var signed = SignedDocument();
        var signature = Between(signed, "<ds:Signature", "</ds:Signature>");
        var attacked = signed.Replace("</ds:KeyInfo>", $"</ds:KeyInfo><ds:Object>{signature}</ds:Object>", StringComparison.Ordinal);

        var result = XmlTestKeys.CreateVerifier().Verify(attacked);

        Assert.Equal(XmlSignatureErrorCodes.SignatureWrapping, result.Rejection?.Code);
    }

    [Fact]
    public void Verify_CommentInDigestValue_Rejects()
    {
        var signed = SignedDocument();
        var attacked = signed.Replace("<ds:DigestValue>", "<ds:DigestValue><!-- x -->", StringComparison.Ordinal);

        var result = XmlTestKeys.CreateVerifier().Verify(attacked);

        Assert.Equal(XmlSignatureErrorCodes.InvalidStructure, result.Rejection?.Code);
    }

    [Fact]
    public void Verify_ExtraElementInSignedInfo_RejectsAsInvalidStructure()
    {
        var signed = SignedDocument();
        var attacked = signed.Replace("</ds:SignedInfo>", "<ds:Extra/></ds:SignedInfo>", StringComparison.Ordinal);

        var result = XmlTestKeys.CreateVerifier().Verify(attacked);

        Assert.Equal(XmlSignatureErrorCodes.InvalidStructure, result.Rejection?.Code);
    }

    [Fact]
    public void Verify_SignatureAsRoot_RejectsEmptyReference()
    {
        var xml = Template(XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "", Enveloped);
        var signatureOnly = Between(xml, "<ds:Signature", "</ds:Signature>");

        var result = XmlTestKeys.CreateVerifier().Verify(signatureOnly);

        Assert.Equal(XmlSignatureErrorCodes.EmptyReference, result.Rejection?.Code);
        Assert.Equal(SubIndication.SignedDataNotFound, result.Report.SubIndication);
    }

    [Fact]
    public void Verify_DocumentWithoutSignature_RejectsAsNoSignature()
    {
        var result = XmlTestKeys.CreateVerifier().Verify("<tag>data</tag>");

        Assert.Equal(XmlSignatureErrorCodes.NoSignature, result.Rejection?.Code);
        Assert.Equal(Indication.TotalFailed, result.Report.Indication);
    }

    [Fact]
    public void Verify_TooManySignatures_RejectsAsLimitExceeded()
    {
        var signature = Between(Template(XmlDsigUris.C14N, XmlDsigUris.RsaSha256, "", Enveloped), "<ds:Signature", "</ds:Signature>");
        var xml = "<r>" + string.Concat(Enumerable.Repeat(signature, 40)) + "</r>";

        var result = XmlTestKeys.CreateVerifier().Verify(xml);

        Assert.Equal(XmlSignatureErrorCodes.LimitExceeded, result.Rejection?.Code);
    }

    [Fact]
    public void Verify_EveryHostileInput_FinishesWithinBound()
    {
        var inputs = RejectedSignatures.Select(row => Template(row.Data.Item2, row.Data.Item3, row.Data.Item4, row.Data.Item5)).ToList();
        var stopwatch = Stopwatch.StartNew();

        var results = inputs.Select(xml => XmlTestKeys.CreateVerifier().Verify(xml)).ToList();

        Assert.All(results, result => Assert.True(result.IsRejected));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"Verifying {inputs.Count} hostile inputs took {stopwatch.Elapsed}.");
    }

    private static string Template(string canonicalization, string signatureMethod, string uri, string transforms)
    {
        var transformsElement = transforms.Length == 0 ? string.Empty : $"<ds:Transforms>{transforms}</ds:Transforms>";
        var escapedUri = System.Security.SecurityElement.Escape(uri);
        return $"<root><data Id=\"d\">1</data><ds:Signature xmlns:ds=\"{Ds}\"><ds:SignedInfo>" +
               $"<ds:CanonicalizationMethod Algorithm=\"{canonicalization}\"/><ds:SignatureMethod Algorithm=\"{signatureMethod}\"/>" +
               $"<ds:Reference URI=\"{escapedUri}\">{transformsElement}<ds:DigestMethod Algorithm=\"{XmlDsigUris.Sha256}\"/>" +
               "<ds:DigestValue>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=</ds:DigestValue></ds:Reference></ds:SignedInfo>" +
               "<ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature></root>";
    }

    private static string SignedDocument()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        return XmlTestKeys.CreateSigner().Sign("<doc><item>1</item></doc>", new RsaXmlSigningKey(certificate)).Value!;
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, from, StringComparison.Ordinal) + end.Length;
        return text[from..to];
    }
}
