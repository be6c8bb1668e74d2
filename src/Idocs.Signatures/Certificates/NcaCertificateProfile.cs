using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Certificates;

/// <summary>The NCA profile fields read once from a certificate.</summary>
internal sealed record NcaCertificateProfile(
    string CommonName,
    string? Surname,
    string? GivenName,
    string? Patronymic,
    string? Organization,
    string? Email,
    string? Iin,
    string? Bin,
    NcaKeyPurposes KeyPurposes,
    IReadOnlySet<NcaRole> Roles,
    IReadOnlyList<string> ExtendedKeyUsages,
    IReadOnlyList<string> Policies,
    NcaSubjectKind SubjectKind)
{
    private static readonly Dictionary<string, NcaRole> RoleOids = new()
    {
        [NcaOids.RoleIndividual] = NcaRole.Individual,
        [NcaOids.RoleLegalEntity] = NcaRole.LegalEntity,
        [NcaOids.RoleFirstHead] = NcaRole.FirstHead,
        [NcaOids.RoleRightToSign] = NcaRole.RightToSign,
        [NcaOids.RoleFinancialSigning] = NcaRole.FinancialSigning,
        [NcaOids.RoleHumanResources] = NcaRole.HumanResources,
        [NcaOids.RoleEmployee] = NcaRole.Employee,
    };

    public static NcaCertificateProfile Read(X509Certificate certificate)
    {
        var subject = certificate.SubjectDN;
        var commonName = First(subject, X509Name.CN) ?? string.Empty;
        var surname = First(subject, X509Name.Surname);
        var serial = First(subject, X509Name.SerialNumber);
        var iin = Identifier(serial, "IIN");
        var bin = Identifier(First(subject, X509Name.OU), "BIN") ?? Identifier(serial, "BIN");
        var extendedKeyUsages = CertificateExtensions.ExtendedKeyUsages(certificate);
        var policies = CertificateExtensions.Policies(certificate);
        var roles = extendedKeyUsages.Where(RoleOids.ContainsKey).Select(oid => RoleOids[oid]).ToHashSet();

        return new NcaCertificateProfile(
            commonName,
            surname,
            GivenNameOf(commonName, surname),
            First(subject, X509Name.GivenName),
            First(subject, X509Name.O),
            First(subject, X509Name.EmailAddress) ?? CertificateExtensions.SubjectEmail(certificate),
            iin,
            bin,
            PurposesOf(certificate, extendedKeyUsages, policies),
            roles,
            extendedKeyUsages,
            policies,
            KindOf(roles, iin, bin));
    }

    private static string? First(X509Name name, DerObjectIdentifier attribute)
    {
        var values = name.GetValueList(attribute);
        return values.Count == 0 ? null : values[0];
    }

    private static string? Identifier(string? value, string prefix) =>
        value is not null && value.StartsWith(prefix, StringComparison.Ordinal) ? value[prefix.Length..] : null;

    private static string? GivenNameOf(string commonName, string? surname)
    {
        if (surname is null || !commonName.StartsWith(surname + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = commonName[surname.Length..].Trim();
        return rest.Length == 0 ? null : rest;
    }

    /// <summary>
    /// Signing needs the non-repudiation key usage. Authentication is clientAuth, or the one-key
    /// profile of the 2022 CAs (their single policy with digitalSignature), whose key also logs in.
    /// </summary>
    private static NcaKeyPurposes PurposesOf(
        X509Certificate certificate, IReadOnlyList<string> extendedKeyUsages, IReadOnlyList<string> policies)
    {
        var keyUsage = certificate.GetKeyUsage();
        var digitalSignature = keyUsage is null || keyUsage[0];
        var nonRepudiation = keyUsage is not null && keyUsage[1];
        var purposes = NcaKeyPurposes.None;
        if (nonRepudiation && !extendedKeyUsages.Contains(NcaOids.ClientAuth))
        {
            purposes |= NcaKeyPurposes.Signing;
        }

        var singleKey = policies.Contains(NcaOids.PolicySingleKey2022) && digitalSignature;
        if (extendedKeyUsages.Contains(NcaOids.ClientAuth) || singleKey)
        {
            purposes |= NcaKeyPurposes.Authentication;
        }

        return purposes;
    }

    private static NcaSubjectKind KindOf(HashSet<NcaRole> roles, string? iin, string? bin)
    {
        var legal = roles.Contains(NcaRole.LegalEntity) || bin is not null;
        if (legal)
        {
            return iin is null ? NcaSubjectKind.InformationSystem : NcaSubjectKind.LegalEntityEmployee;
        }

        return roles.Contains(NcaRole.Individual) || iin is not null ? NcaSubjectKind.Individual : NcaSubjectKind.Unknown;
    }
}
