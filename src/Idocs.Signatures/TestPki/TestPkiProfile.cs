namespace Idocs.Signatures.TestPki;

/// <summary>
/// OIDs of the NCA RK certificate profile that the test PKI copies: certificate policies, the
/// extended key usage values that encode the holder's role, and the unnamed NCA extension that
/// every 2022+ end-entity certificate carries.
/// </summary>
public static class TestPkiProfile
{
    public const string RootPolicy = "1.2.398.3.1.2";
    public const string NcaPolicy = "1.2.398.3.3.2";

    public const string EmailProtection = "1.3.6.1.5.5.7.3.4";
    public const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";
    public const string TimeStamping = "1.3.6.1.5.5.7.3.8";

    public const string Individual = "1.2.398.3.3.4.1.1";
    public const string LegalEntity = "1.2.398.3.3.4.1.2";
    public const string FirstHead = "1.2.398.3.3.4.1.2.1";
    public const string RightToSign = "1.2.398.3.3.4.1.2.2";
    public const string RightToSignFinancial = "1.2.398.3.3.4.1.2.3";
    public const string HumanResources = "1.2.398.3.3.4.1.2.4";
    public const string Employee = "1.2.398.3.3.4.1.2.5";

    /// <summary>Non-critical extension on NCA 2022+ end-entity certificates; its meaning is not published.</summary>
    public const string NcaLeafExtension = "1.2.398.3.3.5";
    public const string NcaLeafExtensionValue = "1.2.398.3.3.5.1.1";

    /// <summary>
    /// Policy of the test TSA's tokens. NOTE: the NCA's policy OID for RSA timestamps is not
    /// published, so the test TSA uses an OID under the 2.999 example arc of ITU-T X.660.
    /// </summary>
    public const string TestTsaPolicy = "2.999.3161.1";

    public static string RoleOid(TestPkiRole role) => role switch
    {
        TestPkiRole.FirstHead => FirstHead,
        TestPkiRole.RightToSign => RightToSign,
        TestPkiRole.RightToSignFinancial => RightToSignFinancial,
        TestPkiRole.HumanResources => HumanResources,
        TestPkiRole.Employee => Employee,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };
}
