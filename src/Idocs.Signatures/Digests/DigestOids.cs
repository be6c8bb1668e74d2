namespace Idocs.Signatures.Digests;

/// <summary>Object identifiers of the digest algorithms, including the Kazakh ones (1.2.398.3.10.1.3.*).</summary>
public static class DigestOids
{
    public const string Sha1 = "1.3.14.3.2.26";
    public const string Sha256 = "2.16.840.1.101.3.4.2.1";
    public const string Sha384 = "2.16.840.1.101.3.4.2.2";
    public const string Sha512 = "2.16.840.1.101.3.4.2.3";

    /// <summary>GOST 34.311-95, as Kalkan writes it in CMS digestAlgorithm and TSP imprints.</summary>
    public const string KazakhGost34311 = "1.2.398.3.10.1.3.1";

    public const string KazakhStreebog256 = "1.2.398.3.10.1.3.2";
    public const string KazakhStreebog512 = "1.2.398.3.10.1.3.3";

    /// <summary>GOST R 34.11-94 (RFC 4357); Idocs accepts it only with the test S-box.</summary>
    public const string RussianGost3411 = "1.2.643.2.2.9";

    public const string RussianStreebog256 = "1.2.643.7.1.1.2.2";
    public const string RussianStreebog512 = "1.2.643.7.1.1.2.3";
}
