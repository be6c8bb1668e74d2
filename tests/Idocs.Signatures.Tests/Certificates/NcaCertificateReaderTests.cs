using Idocs.Signatures.Certificates;
using Idocs.Signatures.Tests.Support;

namespace Idocs.Signatures.Tests.Certificates;

public sealed class NcaCertificateReaderTests
{
    private static readonly byte[] TestCertificate = TestFiles.Read("kz-pki/skarm-kalkan/cms/legal_entity_signer.cer");

    [Fact]
    public void Read_TestIinChecked_InvalidIin()
    {
        var reader = new NcaCertificateReader(new NcaCertificateOptions());

        var result = reader.Read(TestCertificate);

        Assert.Equal(CertificateErrorCodes.InvalidIin, result.Error?.Code);
        Assert.Contains("123456789011", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TestIinWithChecksOff_Succeeds()
    {
        var reader = new NcaCertificateReader(new NcaCertificateOptions { ValidateIdentifierChecksums = false });

        var result = reader.Read(TestCertificate);

        Assert.True(result.IsSuccess);
        Assert.Equal("123456789011", result.Value.Iin);
    }

    [Fact]
    public void Read_DerPemAndBase64_GiveSameCertificate()
    {
        var der = CertificateLoader.Load(TestCertificate).Value!.GetEncoded();
        var pem = "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(der, Base64FormattingOptions.InsertLineBreaks) + "\n-----END CERTIFICATE-----\n";

        var fromDer = CertificateLoader.Load(der);
        var fromPem = CertificateLoader.Load(System.Text.Encoding.ASCII.GetBytes(pem));

        Assert.Equal(der, fromDer.Value!.GetEncoded());
        Assert.Equal(der, fromPem.Value!.GetEncoded());
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x30, 0x80 })]
    [InlineData(new byte[] { 0x41, 0x42, 0x43, 0x25 })]
    public void Load_Garbage_FailsAsMalformed(byte[] input)
    {
        var result = CertificateLoader.Load(input);

        Assert.Equal(SignatureErrorCodes.MalformedInput, result.Error?.Code);
    }
}
