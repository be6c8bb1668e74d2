namespace Idocs.Signatures.Algorithms;

/// <summary>
/// Object identifiers of signature and public-key algorithms Idocs verifies. The Kazakh GOST ones
/// (1.2.398.3.10.*) are those in NCA RK certificates and Kalkan CMS; the Russian ones (1.2.643.*)
/// are the RFC 4491 / RFC 9215 equivalents used for cross-checks with other GOST software.
/// </summary>
public static class SignatureOids
{
    public const string RsaEncryption = "1.2.840.113549.1.1.1";
    public const string Sha1WithRsa = "1.2.840.113549.1.1.5";
    public const string RsaPss = "1.2.840.113549.1.1.10";
    public const string Sha256WithRsa = "1.2.840.113549.1.1.11";
    public const string Sha384WithRsa = "1.2.840.113549.1.1.12";
    public const string Sha512WithRsa = "1.2.840.113549.1.1.13";

    public const string EcPublicKey = "1.2.840.10045.2.1";
    public const string EcdsaWithSha256 = "1.2.840.10045.4.3.2";
    public const string EcdsaWithSha384 = "1.2.840.10045.4.3.3";
    public const string EcdsaWithSha512 = "1.2.840.10045.4.3.4";

    /// <summary>GOST 34.310-2004 public key; old Kalkan CMS also put it in SignerInfo.signatureAlgorithm.</summary>
    public const string KazakhGost2004PublicKey = "1.2.398.3.10.1.1.1.1";

    /// <summary>Curve parameter set of GOST 34.310-2004 keys: the GOST R 34.10-2001 CryptoPro-A curve.</summary>
    public const string KazakhGost2004CurveA = "1.2.398.3.10.1.1.1.1.1";

    /// <summary>Signature GOST 34.310-2004 with GOST 34.311-95.</summary>
    public const string KazakhGost2004Signature = "1.2.398.3.10.1.1.1.2";

    public const string KazakhGost2015PublicKey256 = "1.2.398.3.10.1.1.2.1";

    /// <summary>Curve of 256-bit GOST 34.10-2015 keys, taken to be TC26-256-paramSetA (no NCA sample seen).</summary>
    public const string KazakhGost2015Curve256A = "1.2.398.3.10.1.1.2.1.1";

    public const string KazakhGost2015PublicKey512 = "1.2.398.3.10.1.1.2.2";

    /// <summary>Curve of 512-bit GOST 34.10-2015 keys: TC26-512-paramSetA.</summary>
    public const string KazakhGost2015Curve512A = "1.2.398.3.10.1.1.2.2.1";

    public const string KazakhGost2015Signature256 = "1.2.398.3.10.1.1.2.3.1";
    public const string KazakhGost2015Signature512 = "1.2.398.3.10.1.1.2.3.2";

    public const string RussianGost2001PublicKey = "1.2.643.2.2.19";
    public const string RussianGost2012PublicKey256 = "1.2.643.7.1.1.1.1";
    public const string RussianGost2012PublicKey512 = "1.2.643.7.1.1.1.2";
    public const string RussianGost2012Signature256 = "1.2.643.7.1.1.3.2";
    public const string RussianGost2012Signature512 = "1.2.643.7.1.1.3.3";
    public const string RussianCryptoProCurveA = "1.2.643.2.2.35.1";
    public const string RussianTc26Curve256A = "1.2.643.7.1.2.1.1.1";
    public const string RussianTc26Curve512A = "1.2.643.7.1.2.1.2.1";
}
