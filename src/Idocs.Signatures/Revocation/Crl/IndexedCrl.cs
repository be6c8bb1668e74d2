using System.Collections.Concurrent;
using System.Globalization;
using Idocs.Common.Results;
using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Trust;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;
using Org.BouncyCastle.X509.Extension;

namespace Idocs.Signatures.Revocation.Crl;

/// <summary>
/// A CRL parsed once and indexed by (certificate issuer, serial number), so that a lookup does not
/// walk the list. Signature checks are remembered per signer key, so each CRL is verified once.
/// </summary>
public sealed class IndexedCrl
{
    private static readonly HashSet<string> ProcessedCrlExtensions =
    [
        X509Extensions.CrlNumber.Id,
        X509Extensions.DeltaCrlIndicator.Id,
        X509Extensions.IssuingDistributionPoint.Id,
        X509Extensions.AuthorityKeyIdentifier.Id,
        X509Extensions.FreshestCrl.Id,
    ];

    private static readonly HashSet<string> ProcessedEntryExtensions =
    [
        X509Extensions.ReasonCode.Id,
        X509Extensions.CertificateIssuer.Id,
        X509Extensions.InvalidityDate.Id,
    ];

    private readonly Dictionary<string, CrlEntry> _entries = [];
    private readonly ConcurrentDictionary<string, bool> _signatureChecks = new();

    private IndexedCrl(X509Crl crl, byte[] der)
    {
        Crl = crl;
        Der = der;
        Issuer = crl.IssuerDN;
        ThisUpdate = new DateTimeOffset(crl.ThisUpdate, TimeSpan.Zero);
        NextUpdate = crl.NextUpdate is { } next ? new DateTimeOffset(next, TimeSpan.Zero) : null;

        var number = Extension(X509Extensions.CrlNumber);
        CrlNumber = number is null ? null : DerInteger.GetInstance(number).Value;
        var baseNumber = Extension(X509Extensions.DeltaCrlIndicator);
        BaseCrlNumber = baseNumber is null ? null : DerInteger.GetInstance(baseNumber).Value;
        var distributionPoint = Extension(X509Extensions.IssuingDistributionPoint);
        IssuingDistributionPoint = distributionPoint is null ? null : Org.BouncyCastle.Asn1.X509.IssuingDistributionPoint.GetInstance(distributionPoint);
        IssuingDistributionPointDer = distributionPoint?.GetDerEncoded();
        HasUnknownCriticalExtension = crl.GetCriticalExtensionOids()?.Any(oid => !ProcessedCrlExtensions.Contains(oid)) ?? false;

        var currentIssuer = Issuer;
        foreach (var entry in crl.CertificateList.GetRevokedCertificateEnumeration())
        {
            var extensions = entry.Extensions;
            var reason = (int?)null;
            var unknownCritical = false;
            if (extensions is not null)
            {
                var issuerExtension = extensions.GetExtension(X509Extensions.CertificateIssuer);
                if (issuerExtension is not null)
                {
                    var names = GeneralNames.GetInstance(issuerExtension.GetParsedValue()).GetNames();
                    var directory = names.FirstOrDefault(n => n.TagNo == GeneralName.DirectoryName);
                    if (directory is not null)
                    {
                        currentIssuer = X509Name.GetInstance(directory.Name);
                    }
                }

                var reasonExtension = extensions.GetExtension(X509Extensions.ReasonCode);
                if (reasonExtension is not null)
                {
                    reason = DerEnumerated.GetInstance(reasonExtension.GetParsedValue()).IntValueExact;
                }

                unknownCritical = extensions.GetExtensionOids()
                    .Any(oid => extensions.GetExtension(oid).IsCritical && !ProcessedEntryExtensions.Contains(oid.Id));
            }

            var revoked = new CrlEntry(
                entry.UserCertificate.Value,
                currentIssuer,
                new DateTimeOffset(entry.RevocationDate.ToDateTime(), TimeSpan.Zero),
                reason,
                unknownCritical);
            _entries[Key(currentIssuer, revoked.SerialNumber)] = revoked;
        }
    }

    public X509Crl Crl { get; }

    public byte[] Der { get; }

    public X509Name Issuer { get; }

    public DateTimeOffset ThisUpdate { get; }

    public DateTimeOffset? NextUpdate { get; }

    public BigInteger? CrlNumber { get; }

    /// <summary>The deltaCRLIndicator value (number of the base CRL); null for a complete CRL.</summary>
    public BigInteger? BaseCrlNumber { get; }

    public bool IsDelta => BaseCrlNumber is not null;

    public IssuingDistributionPoint? IssuingDistributionPoint { get; }

    /// <summary>DER of the issuingDistributionPoint extension value, for comparing the scope of a delta and its base.</summary>
    public byte[]? IssuingDistributionPointDer { get; }

    public bool HasUnknownCriticalExtension { get; }

    public int EntryCount => _entries.Count;

    public static Result<IndexedCrl> Parse(byte[] der, string source)
    {
        ArgumentNullException.ThrowIfNull(der);
        try
        {
            var crl = new X509CrlParser().ReadCrl(der);
            if (crl is null)
            {
                return Result<IndexedCrl>.Failure(SignatureErrorCodes.MalformedInput, $"'{source}' contains no CRL.");
            }

            return new IndexedCrl(crl, crl.GetEncoded());
        }
        catch (Exception exception) when (exception is Org.BouncyCastle.Security.Certificates.CrlException
            or IOException or ArgumentException or InvalidOperationException or InvalidCastException or ArithmeticException)
        {
            return Result<IndexedCrl>.Failure(SignatureErrorCodes.MalformedInput, $"'{source}' is not a valid CRL: {exception.Message}");
        }
    }

    public CrlEntry? Find(X509Name certificateIssuer, BigInteger serialNumber) =>
        _entries.GetValueOrDefault(Key(certificateIssuer, serialNumber));

    /// <summary>Verifies the CRL signature with <paramref name="signer"/>'s key once and remembers the outcome.</summary>
    public bool IsSignedBy(X509Certificate signer, ISignatureVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(verifier);

        var key = Convert.ToHexString(signer.CertificateStructure.SubjectPublicKeyInfo.GetDerEncoded());
        return _signatureChecks.GetOrAdd(key, _ =>
        {
            var signature = Crl.CertificateList.Signature;
            if (signature.PadBits != 0)
            {
                return false;
            }

            var result = verifier.Verify(
                signer.CertificateStructure.SubjectPublicKeyInfo,
                Crl.CertificateList.SignatureAlgorithm,
                Crl.GetTbsCertList(),
                signature.GetBytes());
            return result.IsSuccess;
        });
    }

    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"CRL of '{Issuer}' number {CrlNumber?.ToString() ?? "none"} issued {ThisUpdate:O}");

    private Asn1Object? Extension(DerObjectIdentifier oid)
    {
        var value = Crl.GetExtensionValue(oid);
        return value is null ? null : X509ExtensionUtilities.FromExtensionValue(value);
    }

    private static string Key(X509Name issuer, BigInteger serial) =>
        DistinguishedNames.ToKey(issuer) + "#" + serial.ToString(16);
}
