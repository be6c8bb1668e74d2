using Idocs.Signatures.Reports;
using Idocs.Signatures.Trust;
using Microsoft.Extensions.Logging;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Revocation.Ocsp;

/// <summary>
/// Revocation status from OCSP: a cached response when one is still fresh, else a request with a
/// nonce to the configured or certificate-named responder. Every failure (no responder, timeout,
/// garbage, bad signature, stale or unknown response) is an unknown status with its reason.
/// </summary>
public sealed partial class OcspRevocationSource(
    OcspClient client,
    OcspResponseValidator validator,
    OcspCache cache,
    OcspOptions options,
    TimeProvider clock,
    ILogger<OcspRevocationSource> logger) : IRevocationSource
{
    public async Task<RevocationResult> CheckAsync(RevocationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var cached = cache.Get(request.Issuer, request.Certificate);
        if (cached is not null)
        {
            return ToResult(cached, "cached");
        }

        var responder = options.ResponderUrl ?? FindResponderUrl(request.Certificate);
        if (responder is null)
        {
            return RevocationResult.Unknown($"{OcspErrorCodes.NoResponder}: the certificate names no OCSP responder and none is configured");
        }

        var (body, nonce) = OcspRequestBuilder.Build(request.Issuer, request.Certificate, options.CertificateIdHash);
        var sent = await client.SendAsync(responder, body, cancellationToken).ConfigureAwait(false);
        if (!sent.IsSuccess)
        {
            LogFailure(logger, responder.ToString(), sent.Error.Code);
            return RevocationResult.Unknown(sent.Error.ToString());
        }

        var checkedStatus = validator.Validate(sent.Value, request.Certificate, request.Issuer, nonce, clock.GetUtcNow());
        if (!checkedStatus.IsSuccess)
        {
            LogFailure(logger, responder.ToString(), checkedStatus.Error.Code);
            return RevocationResult.Unknown(checkedStatus.Error.ToString());
        }

        cache.Put(request.Issuer, request.Certificate, checkedStatus.Value);
        return ToResult(checkedStatus.Value, responder.ToString());
    }

    /// <summary>Converts a verified response into a revocation result with the response kept as evidence.</summary>
    public static RevocationResult ToResult(OcspResponseStatus status, string source)
    {
        ArgumentNullException.ThrowIfNull(status);
        var description = $"OCSP response from '{status.Responder.SubjectDN}' ({source}) produced {status.ProducedAt:O}";
        var evidence = new ValidationEvidence(EvidenceKinds.OcspResponse, description, status.ProducedAt, status.Der);
        return new RevocationResult(status.Status, description, status.RevocationTime, status.RevocationReason)
        {
            Evidence = [evidence],
        };
    }

    private static Uri? FindResponderUrl(X509Certificate certificate)
    {
        var value = CertificateExtensions.Get(certificate, X509Extensions.AuthorityInfoAccess);
        if (value is null)
        {
            return null;
        }

        foreach (var description in AuthorityInformationAccess.GetInstance(value).GetAccessDescriptions())
        {
            if (description.AccessMethod.Equals(AccessDescription.IdADOcsp)
                && description.AccessLocation.TagNo == GeneralName.UniformResourceIdentifier
                && Uri.TryCreate(description.AccessLocation.Name.ToString(), UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OCSP check at {Responder} failed with {ErrorCode}")]
    private static partial void LogFailure(ILogger logger, string responder, string errorCode);
}
