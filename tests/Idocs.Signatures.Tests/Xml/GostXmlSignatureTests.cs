using Idocs.Signatures.Reports;
using Idocs.Signatures.Xml;

namespace Idocs.Signatures.Tests.Xml;

/// <summary>
/// GOST XMLDSig made with the NCA test keys in Kalkan's layout. Digests and structure are checked
/// with the RSA-only test verifier. The signature value needs the library's GOST-capable
/// ISignatureVerifier, so those tests skip with the reason until Idocs.Signatures contains it.
/// </summary>
public sealed class GostXmlSignatureTests
{
    public static TheoryData<string, string, string> GostKeys => new()
    {
        // File, password (MANIFEST) and the signature method the key signs under.
        { "KEY_INDIVIDUAL_VALID_2015.p12", "Aa123456", XmlDsigUris.Gost34102015With512 },
        { "KEY_CEO_SIGN_REVOKED_2004.p12", "Qwerty12", XmlDsigUris.Gost34310Gost34311 },
    };

    public static TheoryData<string, string, string> GostKeysWithIin => new()
    {
        // File, password (MANIFEST) and the IIN in the certificate's SERIALNUMBER.
        { "KEY_INDIVIDUAL_VALID_2015.p12", "Aa123456", "123456789012" },
        { "KEY_CEO_SIGN_REVOKED_2004.p12", "Qwerty12", "123456789011" },
    };

    [Theory]
    [MemberData(nameof(GostKeys))]
    public void Sign_NcaGostKey_RoundTripsWithCertificate(string file, string password, string signatureMethod)
    {
        var key = LoadKey(file, password);
        var data = "<SignedInfo/>"u8.ToArray();

        var signature = key.Sign(data).Value!;

        Assert.Equal(signatureMethod, key.SignatureMethodUri);
        Assert.True(key.VerifyWithCertificate(data, signature));
    }

    [Theory]
    [MemberData(nameof(GostKeys))]
    public void Verify_GostWithRsaOnlyVerifier_RejectsAsUnsupported(string file, string password, string signatureMethod)
    {
        var signed = XmlTestKeys.CreateSigner().Sign("<tag>data</tag>", LoadKey(file, password)).Value!;

        var result = XmlTestKeys.CreateVerifier().Verify(signed);

        Assert.Contains(signatureMethod, signed, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Passed, result.Signatures[0].Report.Checks.Single(c => c.Name == ValidationCheckNames.References).Status);
        Assert.Equal(XmlSignatureErrorCodes.UnsupportedAlgorithm, result.Rejection?.Code);
    }

    [Theory]
    [MemberData(nameof(GostKeysWithIin))]
    public void Verify_GostSignedXml_VerifiesWithLibrary(string file, string password, string iin)
    {
        var libraryVerifier = LibrarySignatureVerifier.TryCreate();
        Assert.SkipWhen(libraryVerifier is null, LibrarySignatureVerifier.MissingReason);
        var verifier = new XmlSignatureVerifier(libraryVerifier!, new XmlDigestCalculator());
        var signed = XmlTestKeys.CreateSigner().Sign("<tag>data</tag>", LoadKey(file, password)).Value!;

        var result = verifier.Verify(signed);

        Assert.Equal(Indication.Indeterminate, result.Report.Indication);
        Assert.Equal(CheckStatus.Passed, result.Signatures[0].Report.Checks.Single(c => c.Name == ValidationCheckNames.SignatureValue).Status);
        Assert.Equal(iin, result.Report.Signer?.Iin);
    }

    [Theory]
    [MemberData(nameof(GostKeys))]
    public void Verify_GostValueTampered_FailsWithLibrary(string file, string password, string signatureMethod)
    {
        var libraryVerifier = LibrarySignatureVerifier.TryCreate();
        Assert.SkipWhen(libraryVerifier is null, LibrarySignatureVerifier.MissingReason);
        var verifier = new XmlSignatureVerifier(libraryVerifier!, new XmlDigestCalculator());
        var signed = XmlTestKeys.CreateSigner().Sign("<tag>data</tag>", LoadKey(file, password)).Value!;
        var start = signed.IndexOf("<ds:SignatureValue>", StringComparison.Ordinal) + "<ds:SignatureValue>".Length + 5;
        var tampered = signed[..start] + (signed[start] == 'A' ? 'B' : 'A') + signed[(start + 1)..];

        var result = verifier.Verify(tampered);

        Assert.Contains(signatureMethod, signed, StringComparison.Ordinal);
        Assert.Equal(SubIndication.SigCryptoFailure, result.Report.SubIndication);
    }

    private static GostTestXmlSigningKey LoadKey(string file, string password) =>
        GostTestXmlSigningKey.Load(XmlTestData.Read("kz-pki", "ncanode", "keys", file), password);
}
