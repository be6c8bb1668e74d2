using System.Security.Cryptography;
using System.Xml;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Xml;
using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Tests.Xml;

public sealed class XmlDsigInteropTests
{
    // The outcome this verifier gives each xmlsec interop case. A null code means the signature
    // verifies cryptographically (the report then stays INDETERMINATE on the signer and chain);
    // otherwise the case is rejected with that code because it uses an algorithm, transform or
    // reference form the verifier does not accept.
    private static readonly Dictionary<string, string?> ExpectedInteropOutcomes = new()
    {
        ["merlin-xmldsig-twenty-three/signature-enveloped-dsa.xml"] = XmlSignatureErrorCodes.UnsupportedAlgorithm,
        ["merlin-xmldsig-twenty-three/signature-enveloping-dsa.xml"] = XmlSignatureErrorCodes.UnsupportedAlgorithm,
        ["merlin-xmldsig-twenty-three/signature-enveloping-b64-dsa.xml"] = XmlSignatureErrorCodes.ForbiddenTransform,
        ["merlin-xmldsig-twenty-three/signature-enveloping-hmac-sha1-40.xml"] = XmlSignatureErrorCodes.HmacForbidden,
        ["merlin-xmldsig-twenty-three/signature-enveloping-hmac-sha1.xml"] = XmlSignatureErrorCodes.HmacForbidden,
        ["merlin-xmldsig-twenty-three/signature-enveloping-rsa.xml"] = null,
        ["merlin-xmldsig-twenty-three/signature-external-b64-dsa.xml"] = XmlSignatureErrorCodes.ForbiddenTransform,
        ["merlin-xmldsig-twenty-three/signature-external-dsa.xml"] = XmlSignatureErrorCodes.UnsupportedAlgorithm,
        ["merlin-xmldsig-twenty-three/signature-keyname.xml"] = XmlSignatureErrorCodes.UnsupportedAlgorithm,
        ["merlin-xmldsig-twenty-three/signature-x509-crt.xml"] = XmlSignatureErrorCodes.UnsupportedAlgorithm,
        ["merlin-xmldsig-twenty-three/signature-x509-crt-crl.xml"] = XmlSignatureErrorCodes.UnsupportedAlgorithm,
        ["merlin-xmldsig-twenty-three/signature-x509-sn.xml"] = XmlSignatureErrorCodes.UnsupportedAlgorithm,
        ["merlin-xmldsig-twenty-three/signature-x509-is.xml"] = XmlSignatureErrorCodes.UnsupportedAlgorithm,
        ["merlin-xmldsig-twenty-three/signature-x509-ski.xml"] = XmlSignatureErrorCodes.UnsupportedAlgorithm,
        ["merlin-xmldsig-twenty-three/signature-retrievalmethod-rawx509crt.xml"] = XmlSignatureErrorCodes.UnsupportedAlgorithm,
        ["merlin-xmldsig-twenty-three/signature.xml"] = XmlSignatureErrorCodes.DtdProhibited,
        ["merlin-exc-c14n-one/exc-signature.xml"] = XmlSignatureErrorCodes.UnsupportedAlgorithm,
        ["merlin-c14n-three/signature.xml"] = XmlSignatureErrorCodes.ForbiddenTransform,
        ["aleksey-xmldsig-01/enveloped-gost2001.xml"] = XmlSignatureErrorCodes.ForbiddenTransform,
        ["aleksey-xmldsig-01/enveloped-gost2012-256.xml"] = XmlSignatureErrorCodes.ForbiddenTransform,
        ["aleksey-xmldsig-01/enveloped-gost2012-512.xml"] = XmlSignatureErrorCodes.ForbiddenTransform,
    };

    [Fact]
    public void Verify_XmlsecInteropCases_GiveExpectedOutcome()
    {
        var rows = ReadRows("xmldsig-interop", "expected_results_testDSig.csv");
        var mismatches = new List<string>();
        var verified = 0;

        foreach (var row in rows)
        {
            var file = row[1];
            var xml = XmlTestData.Read(["xmldsig-interop", .. file.Split('/')]);
            var result = XmlTestKeys.CreateVerifier().Verify(xml, OptionsCoveringLastReference(xml, keyOverride: null));
            var expected = ExpectedInteropOutcomes[file];

            if (result.Rejection?.Code != expected)
            {
                mismatches.Add($"{file}: expected {expected ?? "verified"}, got {result.Rejection?.Code ?? result.Report.Indication.ToString()}");
            }

            if (row[0] == "FAIL" && result.Report.Indication == Indication.TotalPassed)
            {
                mismatches.Add($"{file}: an expected failure passed.");
            }

            if (expected is null && result.Report.Indication == Indication.Indeterminate)
            {
                verified++;
            }
        }

        Assert.Empty(mismatches);
        Assert.Equal(21, rows.Count);
        Assert.Equal(1, verified);
    }

    [Fact]
    public void Verify_RsaKeyValueSample_LeavesSignerIndeterminate()
    {
        var xml = XmlTestData.Read("xmldsig-interop", "merlin-xmldsig-twenty-three", "signature-enveloping-rsa.xml");

        var result = XmlTestKeys.CreateVerifier().Verify(xml, OptionsCoveringLastReference(xml, keyOverride: null));

        var checks = result.Signatures[0].Report.Checks;
        Assert.Equal(CheckStatus.Passed, checks.Single(c => c.Name == ValidationCheckNames.SignatureValue).Status);
        Assert.Equal(CheckStatus.Indeterminate, checks.Single(c => c.Name == ValidationCheckNames.SignerIdentity).Status);
        Assert.Equal(Indication.Indeterminate, result.Report.Indication);
    }

    [Fact]
    public void Verify_XmlCryptoCases_GiveExpectedOutcome()
    {
        var rows = ReadRows("xml-attacks", "xml-crypto-expected_results.csv");
        var mismatches = new List<string>();
        var valid = 0;
        var invalid = 0;

        foreach (var row in rows)
        {
            var xml = XmlTestData.Read(["xml-attacks", "xml-crypto", .. row[0].Split('/')]);
            var key = ReadPublicKey(XmlTestData.PathOf(["xml-attacks", "xml-crypto", .. row[1].Split('/')]));
            var result = XmlTestKeys.CreateVerifier().Verify(xml, OptionsCoveringLastReference(xml, key));
            var expectValid = row[2].StartsWith("VALID", StringComparison.Ordinal);

            if (expectValid && result.Report.Indication != Indication.Indeterminate)
            {
                mismatches.Add($"{row[0]}: expected a verified signature, got {result.Rejection}");
            }
            else if (!expectValid && result.Report.Indication != Indication.TotalFailed)
            {
                mismatches.Add($"{row[0]}: expected a rejection, got {result.Report.Indication}");
            }
            else if (expectValid)
            {
                valid++;
            }
            else
            {
                invalid++;
            }
        }

        Assert.Empty(mismatches);
        Assert.Equal(11, valid);
        Assert.Equal(10, invalid);
    }

    [Theory]
    [InlineData("invalid_signature - hash.xml", XmlSignatureErrorCodes.DigestMismatch)]
    [InlineData("invalid_signature - changed content.xml", XmlSignatureErrorCodes.DigestMismatch)]
    [InlineData("invalid_signature - signature value.xml", XmlSignatureErrorCodes.SignatureInvalid)]
    [InlineData("invalid_signature - non existing reference.xml", XmlSignatureErrorCodes.ReferenceNotFound)]
    [InlineData("invalid_saml_sha256_rsa_mgf1.xml", XmlSignatureErrorCodes.DigestMismatch)]
    public void Verify_XmlCryptoInvalidCase_NamesReason(string file, string expectedCode)
    {
        var xml = XmlTestData.Read("xml-attacks", "xml-crypto", "static", file);
        var keyFile = file.Contains("saml", StringComparison.Ordinal) ? "idp_certificate.pem" : "client_public.pem";
        var key = ReadPublicKey(XmlTestData.PathOf("xml-attacks", "xml-crypto", "static", keyFile));

        var result = XmlTestKeys.CreateVerifier().Verify(xml, OptionsCoveringLastReference(xml, key));

        Assert.Equal(expectedCode, result.Rejection?.Code);
    }

    private static List<List<string>> ReadRows(params string[] path) =>
        File.ReadAllLines(XmlTestData.PathOf(path)).Skip(1)
            .Where(line => line.Length > 0)
            .Select(XmlTestData.SplitCsv)
            .ToList();

    // The interop files sign different things: the document, one element or an Object. A caller
    // names what it needs, so each case requires what its last reference points at. In documents
    // with nested signed elements (SAML) that is the innermost one. A file that does not parse
    // requires the whole document, and the verifier rejects it anyway.
    private static XmlSignatureVerificationOptions OptionsCoveringLastReference(byte[] xml, SubjectPublicKeyInfo? keyOverride)
    {
        var parsed = new HardenedXmlParser().Parse(xml);
        var uri = parsed.IsSuccess
            ? parsed.Value!.GetElementsByTagName("Reference", XmlDsigUris.DsigNamespace).Cast<XmlElement>().LastOrDefault()?.GetAttribute("URI") ?? string.Empty
            : string.Empty;
        var requirement = uri.StartsWith('#') && XmlConvertIsName(uri[1..])
            ? XmlCoverageRequirement.ElementWithId(uri[1..])
            : XmlCoverageRequirement.WholeDocument;
        return new XmlSignatureVerificationOptions { RequiredCoverage = [requirement], AllowSha1 = true, SignerKeyOverride = keyOverride };
    }

    private static bool XmlConvertIsName(string value)
    {
        try
        {
            XmlConvert.VerifyNCName(value);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static SubjectPublicKeyInfo ReadPublicKey(string pemFile)
    {
        var pem = File.ReadAllText(pemFile);
        if (pem.Contains("BEGIN CERTIFICATE", StringComparison.Ordinal))
        {
            using var certificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(pem);
            return SubjectPublicKeyInfo.GetInstance(certificate.PublicKey.ExportSubjectPublicKeyInfo());
        }

        using var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return SubjectPublicKeyInfo.GetInstance(rsa.ExportSubjectPublicKeyInfo());
    }
}
