using System.Xml;
using Idocs.Common.Results;
using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Reports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Signatures.Xml;

/// <summary>
/// Verifies the enveloped XMLDSig signatures NCALayer and Kalkan produce, one or several per
/// document. Each signature is checked strictly (structure, algorithms, same-document references,
/// digests, required coverage, signature value) and reported with the nodes it covers. A
/// signature's references are checked over the document as it is and, when that does not match,
/// without the signatures that follow it, because NCALayer appends co-signatures one after
/// another. Certificate path, validity and revocation are not checked here; every report
/// stays INDETERMINATE on the chain until a path validator judges the signer's certificate.
/// </summary>
// NOTE: a XAdES reference to SignedProperties is verified like any other #id reference, but the
// qualifying properties themselves (SigningCertificateV2, SigningTime) are not interpreted here.
public sealed class XmlSignatureVerifier
{
    private readonly ISignatureVerifier _signatureVerifier;
    private readonly IXmlDigestCalculator _digests;
    private readonly HardenedXmlParser _parser;
    private readonly ILogger<XmlSignatureVerifier> _logger;

    public XmlSignatureVerifier(
        ISignatureVerifier signatureVerifier,
        IXmlDigestCalculator digests,
        XmlParsingLimits? limits = null,
        ILogger<XmlSignatureVerifier>? logger = null)
    {
        _signatureVerifier = signatureVerifier ?? throw new ArgumentNullException(nameof(signatureVerifier));
        _digests = digests ?? throw new ArgumentNullException(nameof(digests));
        _parser = new HardenedXmlParser(limits ?? XmlParsingLimits.Default);
        _logger = logger ?? NullLogger<XmlSignatureVerifier>.Instance;
    }

    public XmlVerificationResult Verify(string xml, XmlSignatureVerificationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Verify(_parser.Parse(xml), options ?? XmlSignatureVerificationOptions.Default);
    }

    public XmlVerificationResult Verify(ReadOnlyMemory<byte> xml, XmlSignatureVerificationOptions? options = null) =>
        Verify(_parser.Parse(xml), options ?? XmlSignatureVerificationOptions.Default);

    private XmlVerificationResult Verify(Result<XmlDocument> parsed, XmlSignatureVerificationOptions options)
    {
        if (options.RequiredCoverage.Count == 0)
        {
            throw new ArgumentException("RequiredCoverage must name at least one requirement, such as XmlCoverageRequirement.WholeDocument.", nameof(options));
        }

        if (!parsed.IsSuccess)
        {
            return RejectDocument(parsed.Error);
        }

        var document = parsed.Value;
        var ids = XmlIdIndex.Build(document);
        if (!ids.IsSuccess)
        {
            return RejectDocument(ids.Error);
        }

        var signatures = document.GetElementsByTagName("Signature", XmlDsigUris.DsigNamespace).Cast<XmlElement>().ToList();
        var signaturesError = CheckSignaturePlacement(signatures);
        if (signaturesError is not null)
        {
            return RejectDocument(signaturesError);
        }

        var results = new List<XmlSignatureResult>();
        for (var index = 0; index < signatures.Count; index++)
        {
            var later = signatures.Skip(index + 1).ToList();
            var result = VerifySignature(document, ids.Value, index, signatures[index], later, options);
            _logger.LogDebug(
                "XML signature {SignatureIndex} verified with indication {Indication} and sub-indication {SubIndication}",
                index,
                result.Report.Indication,
                result.Report.SubIndication);
            results.Add(result);
        }

        return Combine(results);
    }

    private Error? CheckSignaturePlacement(List<XmlElement> signatures)
    {
        if (signatures.Count == 0)
        {
            return new Error(XmlSignatureErrorCodes.NoSignature, "The XML contains no ds:Signature element; sign the document first.");
        }

        if (signatures.Count > _parser.Limits.MaxSignatures)
        {
            return new Error(
                XmlSignatureErrorCodes.LimitExceeded,
                $"The XML contains {signatures.Count} signatures, more than the limit of {_parser.Limits.MaxSignatures}.");
        }

        foreach (var signature in signatures)
        {
            var outer = signatures.FirstOrDefault(other => !ReferenceEquals(other, signature) && XmlNodePaths.IsSelfOrDescendantOf(signature, other));
            if (outer is not null)
            {
                return new Error(
                    XmlSignatureErrorCodes.SignatureWrapping,
                    $"The signature {XmlNodePaths.Describe(signature)} is nested inside the signature {XmlNodePaths.Describe(outer)}; nested signatures are rejected as a wrapping attack.");
            }
        }

        return null;
    }

    private XmlSignatureResult VerifySignature(
        XmlDocument document,
        XmlIdIndex ids,
        int index,
        XmlElement element,
        IReadOnlyList<XmlElement> laterSignatures,
        XmlSignatureVerificationOptions options)
    {
        var checks = new List<ValidationCheck>();
        var location = XmlNodePaths.Describe(element);
        XmlSignatureResult Reject(Error error) => Rejected(index, location, checks, error);

        var parsed = XmlSignatureStructure.Parse(element, _parser.Limits);
        if (!parsed.IsSuccess)
        {
            return Reject(parsed.Error);
        }

        var signature = parsed.Value;
        checks.Add(Passed(ValidationCheckNames.Format, $"The signature at {location} has a valid XMLDSig structure with {signature.References.Count} reference(s)."));

        var references = new XmlReferenceProcessor(_digests, options.AllowSha1);
        var algorithmError = CheckAlgorithms(signature, references, options.AllowSha1, out var method);
        if (algorithmError is not null)
        {
            return Reject(algorithmError);
        }

        checks.Add(Passed(
            ValidationCheckNames.Algorithm,
            $"SignatureMethod {method!.Uri}, CanonicalizationMethod {signature.Canonicalization.Algorithm}, DigestMethod {string.Join(", ", signature.References.Select(r => r.DigestMethodUri).Distinct())}."));

        var verified = new List<XmlSignedReference>();
        foreach (var reference in signature.References)
        {
            var result = references.Verify(document, ids, element, laterSignatures, reference);
            if (!result.IsSuccess)
            {
                return Reject(result.Error);
            }

            verified.Add(result.Value);
        }

        checks.Add(Passed(
            ValidationCheckNames.References,
            $"Every reference digest matches: {string.Join("; ", verified.Select(r => $"'{r.Uri}' covers {r.CoveredNode}"))}."));

        var coverageError = XmlCoverage.Check(document, ids, element, laterSignatures, signature.References, options.RequiredCoverage);
        if (coverageError is not null)
        {
            return Reject(coverageError);
        }

        checks.Add(Passed(XmlValidationCheckNames.Coverage, $"The signature covers {string.Join(" and ", options.RequiredCoverage)}."));

        var key = XmlSignerKey.Select(signature, options.SignerKeyOverride);
        if (!key.IsSuccess)
        {
            return Reject(key.Error);
        }

        var signatureError = CheckSignatureValue(signature, method, key.Value, checks);
        if (signatureError is not null)
        {
            return Reject(signatureError);
        }

        checks.Add(new ValidationCheck(
            ValidationCheckNames.CertificateChain,
            CheckStatus.Indeterminate,
            "The XMLDSig verifier does not validate the certificate path, validity or revocation; validate the signer's certificate separately.",
            SubIndication.NoCertificateChainFound));

        var summary = ValidationReport.Summarize(checks);
        var report = new ValidationReport
        {
            Indication = summary.Indication,
            SubIndication = summary.SubIndication,
            Checks = checks,
            Signer = key.Value?.ReadIdentity(),
        };
        return new XmlSignatureResult(index, location, report, verified, null, key.Value?.CertificateDer);
    }

    private static Error? CheckAlgorithms(
        ParsedXmlSignature signature,
        XmlReferenceProcessor references,
        bool allowSha1,
        out XmlSignatureMethod? method)
    {
        method = null;
        if (!XmlCanonicalizer.IsSupported(signature.Canonicalization.Algorithm))
        {
            return new Error(
                XmlSignatureErrorCodes.UnsupportedAlgorithm,
                $"The canonicalization method '{signature.Canonicalization.Algorithm}' is not supported; use C14N 1.0 or exclusive C14N.");
        }

        var resolved = XmlSignatureMethods.Resolve(signature.SignatureMethodUri, allowSha1);
        if (!resolved.IsSuccess)
        {
            return resolved.Error;
        }

        method = resolved.Value;
        return signature.References.Select(references.CheckAlgorithms).FirstOrDefault(error => error is not null);
    }

    private Error? CheckSignatureValue(
        ParsedXmlSignature signature,
        XmlSignatureMethod method,
        XmlSignerKey? key,
        List<ValidationCheck> checks)
    {
        if (key is null)
        {
            checks.Add(new ValidationCheck(
                ValidationCheckNames.SignatureValue,
                CheckStatus.Indeterminate,
                "KeyInfo holds no X509Certificate or RSAKeyValue, so the signature value cannot be checked.",
                SubIndication.NoSigningCertificateFound));
            checks.Add(new ValidationCheck(
                ValidationCheckNames.SignerIdentity,
                CheckStatus.Indeterminate,
                "No signer certificate is present.",
                SubIndication.NoSigningCertificateFound));
            return null;
        }

        var signedInfo = XmlCanonicalizer.Canonicalize(
            signature.SignedInfo, signature.Canonicalization.Algorithm, signature.Canonicalization.InclusivePrefixList);
        if (!signedInfo.IsSuccess)
        {
            return signedInfo.Error;
        }

        var verified = _signatureVerifier.Verify(key.PublicKey, method.Algorithm, signedInfo.Value, signature.SignatureValue);
        if (!verified.IsSuccess)
        {
            return verified.Error.Code switch
            {
                SignatureErrorCodes.UnsupportedAlgorithm => new Error(
                    XmlSignatureErrorCodes.UnsupportedAlgorithm,
                    $"The signature method '{method.Uri}' is not supported for this key: {verified.Error.Message}"),
                SignatureErrorCodes.SignatureInvalid => new Error(
                    XmlSignatureErrorCodes.SignatureInvalid,
                    $"The SignatureValue does not verify over the canonical SignedInfo with {key.Source}."),
                _ => new Error(
                    XmlSignatureErrorCodes.SigningCertificateInvalid,
                    $"The signature value could not be checked with {key.Source}: {verified.Error.Message}"),
            };
        }

        checks.Add(Passed(ValidationCheckNames.SignatureValue, $"The SignatureValue verifies with {key.Source}."));
        checks.Add(key.Certificate is null
            ? new ValidationCheck(
                ValidationCheckNames.SignerIdentity,
                CheckStatus.Indeterminate,
                $"The signature was checked with {key.Source}, which no certificate binds to a signer.",
                SubIndication.NoSigningCertificateFound)
            : Passed(ValidationCheckNames.SignerIdentity, $"Signed with the certificate of '{key.Certificate.Subject}', serial {key.Certificate.SerialNumber.Value.ToString(16)}."));
        return null;
    }

    private XmlSignatureResult Rejected(int index, string location, List<ValidationCheck> checks, Error error)
    {
        _logger.LogWarning(
            "XML signature {SignatureIndex} rejected with {ErrorCode}",
            index,
            error.Code);
        var allChecks = checks.Append(XmlRejections.ToCheck(error)).ToList();
        var report = new ValidationReport
        {
            Indication = Indication.TotalFailed,
            SubIndication = XmlRejections.ToCheck(error).SubIndication,
            Checks = allChecks,
        };
        return new XmlSignatureResult(index, location, report, [], error, null);
    }

    private XmlVerificationResult RejectDocument(Error error)
    {
        _logger.LogWarning("XML document rejected before signature verification with {ErrorCode}", error.Code);
        return new XmlVerificationResult(XmlRejections.Report(error), [], error);
    }

    private static XmlVerificationResult Combine(List<XmlSignatureResult> results)
    {
        var checks = results
            .SelectMany(result => result.Report.Checks.Select(check => check with
            {
                Reason = $"Signature {result.Index + 1} at {result.SignatureNode}: {check.Reason}",
            }))
            .ToList();
        var summary = ValidationReport.Summarize(checks);
        var report = new ValidationReport
        {
            Indication = summary.Indication,
            SubIndication = summary.SubIndication,
            Checks = checks,
            Signer = results.Count == 1 ? results[0].Report.Signer : null,
        };
        var rejection = results.Select(r => r.Rejection).FirstOrDefault(error => error is not null);
        return new XmlVerificationResult(report, results, rejection);
    }

    private static ValidationCheck Passed(string name, string reason) => new(name, CheckStatus.Passed, reason);
}
