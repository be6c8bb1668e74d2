using System.Text;
using Idocs.Signatures.Xml;

namespace Idocs.Signatures.Tests.Xml;

public sealed class XmlDigestCalculatorTests
{
    [Theory]
    // GOST R 34.11-94 with the test S-box, the NCA's GOST 34.311-95 (RFC 5831 test vector for "abc").
    [InlineData(XmlDsigUris.Gost34311, "abc", "f3134348c44fb1b2a277729e2285ebb5cb5e0f29c975bc753b70497c06a4d51d")]
    // Streebog (GOST R 34.11-2012, the NCA GOST 34.11-2015) of the empty message.
    [InlineData(XmlDsigUris.Gost34112015With256, "", "3f539a213e97c802cc229d474c6aa32a825a360b2a933a949fd925208d9ce1bb")]
    [InlineData(XmlDsigUris.Gost34112015With512, "", "8e945da209aa869f0455928529bcae4679e9873ab707b55315f56ceb98bef0a7362f715528356ee83cda5f2aac4c6ad2ba3a715c1bcd81cb8e9f90bf4c1c1a8a")]
    [InlineData(XmlDsigUris.Sha256, "<tag>data</tag>", "b280d9146214b19d71d2c2bfef1d5b26fb46790b0ed0128e57002f2b10b74496")]
    public void ComputeDigest_KnownVector_MatchesExpected(string algorithm, string input, string expectedHex)
    {
        var digest = new XmlDigestCalculator().ComputeDigest(algorithm, Encoding.ASCII.GetBytes(input));

        Assert.Equal(expectedHex, Convert.ToHexStringLower(digest.Value!));
    }

    [Fact]
    public void ComputeDigest_UnknownAlgorithm_FailsAsUnsupported()
    {
        var digest = new XmlDigestCalculator().ComputeDigest("http://www.w3.org/2001/04/xmldsig-more#md5", [1, 2, 3]);

        Assert.Equal(XmlSignatureErrorCodes.UnsupportedAlgorithm, digest.Error?.Code);
    }
}
