namespace Idocs.Signatures.Certificates;

/// <summary>OIDs of the NCA RK certificate profile: roles (in extended key usage) and policies.</summary>
public static class NcaOids
{
    public const string ClientAuth = "1.3.6.1.5.5.7.3.2";
    public const string EmailProtection = "1.3.6.1.5.5.7.3.4";
    public const string TimeStamping = "1.3.6.1.5.5.7.3.8";

    public const string RoleIndividual = "1.2.398.3.3.4.1.1";
    public const string RoleLegalEntity = "1.2.398.3.3.4.1.2";
    public const string RoleFirstHead = "1.2.398.3.3.4.1.2.1";
    public const string RoleRightToSign = "1.2.398.3.3.4.1.2.2";
    public const string RoleFinancialSigning = "1.2.398.3.3.4.1.2.3";
    public const string RoleHumanResources = "1.2.398.3.3.4.1.2.4";
    public const string RoleEmployee = "1.2.398.3.3.4.1.2.5";

    /// <summary>
    /// The single policy of certificates issued under the 2022 CAs, whose one key serves both
    /// signing and authentication.
    /// </summary>
    public const string PolicySingleKey2022 = "1.2.398.3.3.2";

    public const string PolicyLegalEntitySign = "1.2.398.3.3.2.1";
    public const string PolicyLegalEntityAuth = "1.2.398.3.3.2.2";
    public const string PolicyIndividualSign = "1.2.398.3.3.2.3";
    public const string PolicyIndividualAuth = "1.2.398.3.3.2.4";
}
