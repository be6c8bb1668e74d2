using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;
using Idocs.Signatures.Revocation.Ocsp;
using OcspStatus = Org.BouncyCastle.Asn1.Ocsp.OcspResponseStatus;

namespace Idocs.Signatures.TestPki;

/// <summary>
/// Responds to OCSP requests for every certificate the test PKI issued, root-issued CA certificates
/// included. Each response is signed by the CA that issued the certificate (the issuer itself,
/// so no delegated responder certificate is needed), echoes the request nonce, and is valid for
/// ten minutes.
/// </summary>
public sealed class TestPkiOcspResponder(TestPkiStore store, TimeProvider clock)
{
    public static readonly TimeSpan ResponseValidity = TimeSpan.FromMinutes(10);

    public byte[] Respond(byte[] requestDer)
    {
        ArgumentNullException.ThrowIfNull(requestDer);

        OcspRequest request;
        try
        {
            request = OcspRequest.GetInstance(Asn1Object.FromByteArray(requestDer));
            _ = request.TbsRequest.RequestList.Count;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or InvalidCastException or Asn1Exception)
        {
            return Error(OcspStatus.MalformedRequest);
        }

        var certIds = request.TbsRequest.RequestList.Cast<Asn1Encodable>().Select(r => Request.GetInstance(r).ReqCert).ToList();
        if (certIds.Count == 0)
        {
            return Error(OcspStatus.MalformedRequest);
        }

        var authority = FindAuthority(certIds[0]);
        if (authority is null)
        {
            return Error(OcspStatus.Unauthorized);
        }

        var now = TestPkiIssuer.TruncateToSeconds(clock.GetUtcNow());
        var state = store.ReadState();
        var responses = new Asn1EncodableVector();
        foreach (var certId in certIds)
        {
            responses.Add(new SingleResponse(
                certId,
                Status(certId, authority.Value, state),
                new Asn1GeneralizedTime(now.UtcDateTime),
                new Asn1GeneralizedTime((now + ResponseValidity).UtcDateTime),
                (X509Extensions?)null));
        }

        var nonce = request.TbsRequest.RequestExtensions?.GetExtension(OcspObjectIdentifiers.PkixOcspNonce);
        var extensions = nonce is null
            ? null
            : new X509Extensions(new Dictionary<DerObjectIdentifier, X509Extension> { [OcspObjectIdentifiers.PkixOcspNonce] = nonce });
        var data = new ResponseData(
            new ResponderID(authority.Value.Certificate.SubjectDN),
            new Asn1GeneralizedTime(now.UtcDateTime),
            new DerSequence(responses),
            extensions);

        var signature = authority.Value.Key.Sign(data.GetDerEncoded());
        var basic = new BasicOcspResponse(data, authority.Value.Key.SignatureAlgorithm, new DerBitString(signature), null);
        var bytes = new ResponseBytes(OcspObjectIdentifiers.PkixOcspBasic, new DerOctetString(basic.GetEncoded(Asn1Encodable.Der)));
        return new OcspResponse(new OcspStatus(OcspStatus.Successful), bytes).GetEncoded(Asn1Encodable.Der);
    }

    private static CertStatus Status(CertID certId, Authority authority, TestPkiState state)
    {
        var serial = certId.SerialNumber.Value.ToString(16).ToUpperInvariant();
        if (!authority.Issues(certId, serial, state))
        {
            return new CertStatus(2, DerNull.Instance);
        }

        var revoked = state.Revoked.FirstOrDefault(r => r.Serial == serial && r.Algorithm == authority.Family && !authority.IsRoot);
        if (revoked is null)
        {
            return new CertStatus();
        }

        return new CertStatus(new RevokedInfo(new Asn1GeneralizedTime(revoked.RevokedAt.UtcDateTime), new CrlReason(revoked.Reason)));
    }

    private Authority? FindAuthority(CertID certId)
    {
        foreach (var family in new[] { TestPkiAlgorithm.Rsa, TestPkiAlgorithm.Gost2015 })
        {
            foreach (var isRoot in new[] { false, true })
            {
                var certificate = isRoot ? store.RootCertificate(family) : store.IssuingCaCertificate(family);
                if (OcspCertificateId.MatchesIssuer(certId, certificate))
                {
                    return new Authority(family, isRoot, certificate, store.LoadKey(family, isRoot ? "root.key" : "ca.key"), store);
                }
            }
        }

        return null;
    }

    private static byte[] Error(int status) => new OcspResponse(new OcspStatus(status), null).GetEncoded(Asn1Encodable.Der);

    private readonly record struct Authority(TestPkiAlgorithm Family, bool IsRoot, X509Certificate Certificate, TestPkiKey Key, TestPkiStore Store)
    {
        public bool Issues(CertID certId, string serial, TestPkiState state)
        {
            if (IsRoot)
            {
                return Store.IssuingCaCertificate(Family).SerialNumber.Equals(certId.SerialNumber.Value);
            }

            var family = Family;
            return state.Issued.Any(r => r.Serial == serial && r.Algorithm == family)
                || Store.TsaCertificate().SerialNumber.Equals(certId.SerialNumber.Value) && family == TestPkiAlgorithm.Rsa;
        }
    }
}
