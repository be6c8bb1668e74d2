using Idocs.Signatures.Digests;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Utilities;

namespace Idocs.Signatures.Keys;

/// <summary>Checks the PKCS#12 MAC (RFC 7292 appendix B key derivation with an HMAC).</summary>
internal static class Pkcs12Mac
{
    public static bool Verify(MacData macData, byte[] authenticatedSafe, char[] password)
    {
        var algorithm = DigestAlgorithms.FromOid(macData.Mac.DigestAlgorithm.Algorithm.Id)
            ?? throw new ArgumentException($"PKCS#12 MAC digest {macData.Mac.DigestAlgorithm.Algorithm.Id} is not supported.");
        var expected = macData.Mac.Digest.GetOctets();
        return Compute(algorithm, macData, authenticatedSafe, password, wrongZero: false).FixedTimeEquals(expected)
            || Compute(algorithm, macData, authenticatedSafe, password, wrongZero: true).FixedTimeEquals(expected);
    }

    /// <summary>Some writers derive the MAC key from an empty password without the two zero bytes; both are tried.</summary>
    private static byte[] Compute(
        DigestAlgorithm algorithm, MacData macData, byte[] data, char[] password, bool wrongZero) =>
        Compute(algorithm, macData.GetSalt(), macData.IterationCount.IntValueExact, data, password, wrongZero);

    public static byte[] Compute(
        DigestAlgorithm algorithm, byte[] salt, int iterations, byte[] data, char[] password, bool wrongZero = false)
    {
        var generator = new Pkcs12ParametersGenerator(DigestAlgorithms.CreateDigest(algorithm));
        var passwordBytes = wrongZero && password.Length == 0 ? [] : PbeParametersGenerator.Pkcs12PasswordToBytes(password);
        generator.Init(passwordBytes, salt, iterations);
        var digest = DigestAlgorithms.CreateDigest(algorithm);
        var key = (KeyParameter)generator.GenerateDerivedMacParameters(digest.GetDigestSize() * 8);
        var mac = new HMac(digest);
        mac.Init(key);
        mac.BlockUpdate(data, 0, data.Length);
        var output = new byte[mac.GetMacSize()];
        mac.DoFinal(output, 0);
        return output;
    }

    private static bool FixedTimeEquals(this byte[] left, byte[] right) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(left, right);
}
