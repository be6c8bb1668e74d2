using Idocs.Signatures.Revocation.Crl;
using Idocs.Signatures.Trust;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Tests.Revocation;

/// <summary>Loads the recorded NCA test certificates, CRLs and OCSP responses of this folder's TestData.</summary>
public static class RevocationTestData
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Revocation", "TestData", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static X509Certificate Certificate(string name)
    {
        var loaded = CertificateFiles.Load(PathOf(name));
        Assert.True(loaded.IsSuccess, loaded.Error?.Message);
        return loaded.Value!;
    }

    public static IndexedCrl Crl(string name)
    {
        var parsed = IndexedCrl.Parse(Bytes(name), name);
        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        return parsed.Value!;
    }

    /// <summary>Skips the calling test while only the RSA test verifier is available.</summary>
    public static void RequireGostVerifier()
    {
        if (!Idocs.Signatures.Tests.Trust.TestSignatureVerifier.SupportsKazakhGost)
        {
            Assert.Skip("NCA GOST signatures need the library's GOST verifier, which the RSA-only test verifier lacks.");
        }
    }
}
