using Idocs.Signatures.Reports;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Certificates;

/// <summary>
/// An NCA RK certificate read by its profile: names, IIN and BIN, validity, key purposes and
/// roles. Wraps a BouncyCastle certificate, which parses GOST certificates although it cannot use
/// their keys. NCA names: CN is "SURNAME GIVEN-NAME", SURNAME the surname and GIVENNAME (2.5.4.42)
/// the patronymic; SERIALNUMBER is "IIN" + 12 digits, OU is "BIN" + 12 digits.
/// </summary>
public sealed class NcaCertificate
{
    internal NcaCertificate(X509Certificate certificate, NcaCertificateProfile profile)
    {
        Certificate = certificate;
        Profile = profile;
    }

    public X509Certificate Certificate { get; }

    /// <summary>Serial number as upper-case hex without leading zeros.</summary>
    public string SerialNumber => Certificate.SerialNumber.ToString(16).ToUpperInvariant();

    public string Subject => Certificate.SubjectDN.ToString();

    public string Issuer => Certificate.IssuerDN.ToString();

    public string CommonName => Profile.CommonName;

    public string? Surname => Profile.Surname;

    /// <summary>The given name: CN without the leading surname.</summary>
    public string? GivenName => Profile.GivenName;

    /// <summary>The patronymic, which the NCA writes into the GIVENNAME attribute.</summary>
    public string? Patronymic => Profile.Patronymic;

    public string? Organization => Profile.Organization;

    public string? Email => Profile.Email;

    public string? Iin => Profile.Iin;

    public string? Bin => Profile.Bin;

    public DateTimeOffset NotBefore => new(Certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero);

    public DateTimeOffset NotAfter => new(Certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);

    public NcaKeyPurposes KeyPurposes => Profile.KeyPurposes;

    public IReadOnlySet<NcaRole> Roles => Profile.Roles;

    /// <summary>Every extended key usage OID, roles the model does not name included.</summary>
    public IReadOnlyList<string> ExtendedKeyUsages => Profile.ExtendedKeyUsages;

    public IReadOnlyList<string> Policies => Profile.Policies;

    public NcaSubjectKind SubjectKind => Profile.SubjectKind;

    public SubjectPublicKeyInfo PublicKey => Certificate.SubjectPublicKeyInfo;

    internal NcaCertificateProfile Profile { get; }

    /// <summary>Reads the profile of a parsed certificate. Fields the certificate lacks are null.</summary>
    public static NcaCertificate From(X509Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new NcaCertificate(certificate, NcaCertificateProfile.Read(certificate));
    }

    public bool IsValidAt(DateTimeOffset time) => time >= NotBefore && time <= NotAfter;

    public SignerIdentity ToSignerIdentity() =>
        new(CommonName, Iin, Bin, Organization, SerialNumber, Issuer, NotBefore, NotAfter);
}
