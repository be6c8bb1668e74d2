using Idocs.Signatures.Reports;
using Idocs.Signatures.Timestamps;
using Org.BouncyCastle.Asn1.Cms;

namespace Idocs.Signatures.Cms;

/// <summary>The signature timestamp tokens of one SignerInfo (CAdES-T), each checked against the signature value.</summary>
internal sealed record SignatureTimestamps(IReadOnlyList<TimestampVerification> Tokens)
{
    public IEnumerable<TimestampVerification> Valid => Tokens.Where(t => t.IsValid);

    public DateTimeOffset? EarliestValidTime =>
        Tokens.Count > 0 && Tokens.All(t => t.IsValid) ? Tokens.Min(t => t.GenerationTime) : null;

    public IReadOnlyList<ValidationCheck> Checks => Tokens.Count == 0
        ? [new ValidationCheck(ValidationCheckNames.Timestamp, CheckStatus.NotApplicable, "The signature carries no signature timestamp.")]
        : Tokens.Select(t => t.Check).ToList();

    public IReadOnlyList<ValidationEvidence> Evidence => Tokens.Where(t => t.Evidence is not null).Select(t => t.Evidence!).ToList();

    public static SignatureTimestamps Verify(SignerInfo signer)
    {
        var signatureValue = signer.Signature.GetOctets();
        var tokens = CmsAttributes.All(signer.UnsignedAttrs, CmsOids.SignatureTimeStampToken)
            .SelectMany(attribute => attribute.AttrValues.Cast<Org.BouncyCastle.Asn1.Asn1Encodable>())
            .Select(token => TimestampTokenVerifier.Verify(token.GetEncoded(Org.BouncyCastle.Asn1.Asn1Encodable.Der), signatureValue))
            .ToList();
        return new SignatureTimestamps(tokens);
    }
}
