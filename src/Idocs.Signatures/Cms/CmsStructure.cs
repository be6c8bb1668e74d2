using Idocs.Signatures.Algorithms;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Cms;

/// <summary>
/// Structural rules of RFC 5652 that the signature does not cover: version numbers, the digest
/// algorithm list and algorithm parameters. Checking them means no unsigned byte of a SignedData
/// can change without the validation noticing.
/// </summary>
internal static class CmsStructure
{
    public static string? Problem(SignedData signedData, IReadOnlyList<SignerInfo> signers)
    {
        var expectedVersion = ExpectedVersion(signedData, signers);
        if (expectedVersion is not null && signedData.Version.Value.IntValue != expectedVersion)
        {
            return $"SignedData version {signedData.Version.Value} should be {expectedVersion}";
        }

        var listed = signedData.DigestAlgorithms.Cast<Asn1Encodable>().Select(AlgorithmIdentifier.GetInstance).ToList();
        if (listed.Any(a => !HasNullOrNoParameters(a)))
        {
            return "a digest algorithm in SignedData.digestAlgorithms has parameters";
        }

        foreach (var signer in signers)
        {
            var problem = SignerProblem(signer, listed);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? SignerProblem(SignerInfo signer, List<AlgorithmIdentifier> listed)
    {
        var expected = signer.SignerID.IsTagged ? 3 : 1;
        if (signer.Version.Value.IntValue != expected)
        {
            return $"SignerInfo version {signer.Version.Value} should be {expected}";
        }

        if (!listed.Any(a => a.Algorithm.Equals(signer.DigestAlgorithm.Algorithm)))
        {
            return $"the signer's digest algorithm {signer.DigestAlgorithm.Algorithm.Id} is not listed in SignedData.digestAlgorithms";
        }

        if (!HasNullOrNoParameters(signer.DigestAlgorithm))
        {
            return "the signer's digest algorithm has parameters";
        }

        return signer.SignatureAlgorithm.Algorithm.Id == SignatureOids.RsaPss || HasNullOrNoParameters(signer.SignatureAlgorithm)
            ? null
            : "the signer's signature algorithm has parameters it should not have";
    }

    /// <summary>RFC 5652 section 5.1; null when other certificate or CRL formats make the rule moot.</summary>
    private static int? ExpectedVersion(SignedData signedData, IReadOnlyList<SignerInfo> signers)
    {
        var certificateChoices = signedData.Certificates?.Cast<Asn1Encodable>() ?? [];
        if (certificateChoices.Any(c => c is Asn1TaggedObject) || signedData.CRLs is not null)
        {
            return null;
        }

        var needsThree = signedData.EncapContentInfo.ContentType.Id != CmsOids.Data || signers.Any(s => s.Version.Value.IntValue == 3);
        return needsThree ? 3 : 1;
    }

    private static bool HasNullOrNoParameters(AlgorithmIdentifier algorithm) =>
        algorithm.Parameters is null || algorithm.Parameters is Asn1Null;
}
