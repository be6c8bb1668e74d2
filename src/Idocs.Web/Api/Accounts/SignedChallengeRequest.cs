namespace Idocs.Web.Api.Accounts;

/// <summary>
/// The answer to a challenge: <see cref="SignedXml"/> (NCALayer <c>signXml</c> over the challenge's
/// XML) or <see cref="SignedCms"/> (base64 CMS with the challenge nonce attached). The optional
/// <see cref="CertificateThumbprint"/> (hex SHA-256 of the certificate the person chose) makes a
/// signature by another key fail with <c>accounts.challenge_signed_by_another_key</c>; without it
/// the certificate inside the signature is taken as the chosen one.
/// </summary>
public sealed record SignedChallengeRequest(Guid? ChallengeId, string? SignedXml, string? SignedCms, string? CertificateThumbprint);
