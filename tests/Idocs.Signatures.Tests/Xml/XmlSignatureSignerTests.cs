using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Idocs.Signatures.Xml;

namespace Idocs.Signatures.Tests.Xml;

public sealed class XmlSignatureSignerTests
{
    [Fact]
    public void Sign_Document_HasNcaLayerShape()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");

        var signed = XmlTestKeys.CreateSigner().Sign("<tag>data</tag>", new RsaXmlSigningKey(certificate)).Value!;
        var document = new XmlDocument();
        document.LoadXml(signed);
        var namespaces = new XmlNamespaceManager(document.NameTable);
        namespaces.AddNamespace("ds", XmlDsigUris.DsigNamespace);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><tag>data<ds:Signature", signed, StringComparison.Ordinal);
        Assert.Equal("ds:Signature", document.DocumentElement!.LastChild!.Name);
        Assert.Equal(XmlDsigUris.C14N, Algorithm(document, namespaces, "ds:SignedInfo/ds:CanonicalizationMethod"));
        Assert.Equal(XmlDsigUris.RsaSha256, Algorithm(document, namespaces, "ds:SignedInfo/ds:SignatureMethod"));
        Assert.Equal(string.Empty, document.SelectSingleNode("//ds:Reference", namespaces)!.Attributes!["URI"]!.Value);
        Assert.Equal(
            [XmlDsigUris.EnvelopedSignatureTransform, XmlDsigUris.C14NWithComments],
            document.SelectNodes("//ds:Transform", namespaces)!.Cast<XmlElement>().Select(t => t.GetAttribute("Algorithm")).ToArray());
        Assert.Equal(XmlDsigUris.Sha256, Algorithm(document, namespaces, "ds:SignedInfo/ds:Reference/ds:DigestMethod"));
        Assert.Equal(
            Convert.ToBase64String(certificate.RawData),
            document.SelectSingleNode("//ds:KeyInfo/ds:X509Data/ds:X509Certificate", namespaces)!.InnerText);
    }

    [Fact]
    public void Sign_MalformedXml_ReturnsError()
    {
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");

        var result = XmlTestKeys.CreateSigner().Sign("<this>is not a valid XML", new RsaXmlSigningKey(certificate));

        Assert.Equal(XmlSignatureErrorCodes.MalformedXml, result.Error?.Code);
    }

    [Fact]
    public void Sign_RsaKey_VerifiesInXmlsec1()
    {
        var xmlsec = FindXmlsec1();
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = XmlTestKeys.CreateSigner().Sign("<contract><amount>1000</amount><!-- c --></contract>", new RsaXmlSigningKey(certificate)).Value!;

        var (exitCode, output) = RunXmlsec1(xmlsec, signed, [certificate], verificationTime: null);

        Assert.True(exitCode == 0, $"xmlsec1 exited with {exitCode}: {output}");
        Assert.Contains("OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_SecondSignature_VerifiesInXmlsec1()
    {
        var xmlsec = FindXmlsec1();
        using var first = XmlTestKeys.CreateSelfSigned("First");
        using var second = XmlTestKeys.CreateSelfSigned("Second");
        var signer = XmlTestKeys.CreateSigner();
        var twice = signer.Sign(signer.Sign("<contract>1</contract>", new RsaXmlSigningKey(first)).Value!, new RsaXmlSigningKey(second)).Value!;

        // The second signature covers the first, so standard XMLDSig processing verifies it as is.
        var (exitCode, output) = RunXmlsec1(
            xmlsec, twice, [second], verificationTime: null, "--node-xpath", "(//*[local-name()='Signature'])[2]");

        Assert.True(exitCode == 0, $"xmlsec1 exited with {exitCode}: {output}");
    }

    [Fact]
    public void Sign_NcaRsaKey_VerifiesInXmlsec1()
    {
        var xmlsec = FindXmlsec1();
        using var certificate = XmlTestKeys.LoadNcaRsaKey();
        using var issuingCa = X509CertificateLoader.LoadCertificate(XmlTestData.Read("kz-pki", "ncanode", "ca", "nca_rsa_test.crt"));
        using var root = X509CertificateLoader.LoadCertificate(XmlTestData.Read("kz-pki", "gokalkan", "root_rsa_test.crt"));
        var signed = XmlTestKeys.CreateSigner().Sign("<tag>data</tag>", new RsaXmlSigningKey(certificate)).Value!;

        // The test key was valid from 2021-01-18 to 2022-01-18.
        var (exitCode, output) = RunXmlsec1(xmlsec, signed, [root, issuingCa], verificationTime: "2021-06-01+00:00:00");

        Assert.True(exitCode == 0, $"xmlsec1 exited with {exitCode}: {output}");
    }

    [Fact]
    public void Sign_TamperedDocument_FailsInXmlsec1()
    {
        var xmlsec = FindXmlsec1();
        using var certificate = XmlTestKeys.CreateSelfSigned("Signer");
        var signed = XmlTestKeys.CreateSigner().Sign("<contract><amount>1000</amount></contract>", new RsaXmlSigningKey(certificate)).Value!;
        var tampered = signed.Replace(">1000<", ">9000<", StringComparison.Ordinal);

        var (exitCode, output) = RunXmlsec1(xmlsec, tampered, [certificate], verificationTime: null);

        Assert.True(exitCode != 0, $"xmlsec1 accepted a tampered document: {output}");
    }

    private static string Algorithm(XmlDocument document, XmlNamespaceManager namespaces, string path) =>
        ((XmlElement)document.SelectSingleNode("//ds:Signature/" + path, namespaces)!).GetAttribute("Algorithm");

    private static string FindXmlsec1()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "xmlsec1"))
            .FirstOrDefault(File.Exists);
        Assert.SkipWhen(path is null, "xmlsec1 is not installed (apt-get install xmlsec1); the cross-check cannot run.");
        return path!;
    }

    private static (int ExitCode, string Output) RunXmlsec1(
        string xmlsec, string signedXml, IEnumerable<X509Certificate2> trusted, string? verificationTime, params string[] extraArguments)
    {
        var folder = Directory.CreateTempSubdirectory("idocs-xmlsec-");
        try
        {
            var documentPath = Path.Combine(folder.FullName, "signed.xml");
            File.WriteAllText(documentPath, signedXml);
            var start = new ProcessStartInfo(xmlsec) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("--verify");
            var index = 0;
            foreach (var certificate in trusted)
            {
                var pemPath = Path.Combine(folder.FullName, $"trusted-{index++}.pem");
                File.WriteAllText(pemPath, certificate.ExportCertificatePem());
                start.ArgumentList.Add("--trusted-pem");
                start.ArgumentList.Add(pemPath);
            }

            if (verificationTime is not null)
            {
                start.ArgumentList.Add("--verification-gmt-time");
                start.ArgumentList.Add(verificationTime);
            }

            foreach (var argument in extraArguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(documentPath);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill();
                return (-1, "xmlsec1 timed out");
            }

            return (process.ExitCode, output.Result + error.Result);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
