namespace Idocs.Documents.Authentication.Certificates;

/// <summary>The client's signature over a challenge.</summary>
/// <param name="Format">CMS or XMLDSig.</param>
/// <param name="SignedData">The signature as NCALayer produced it, with the signer's certificate inside.</param>
/// <param name="ClaimedCertificateThumbprint">
/// The thumbprint of the certificate the client says it signed with; the signature must be made with
/// that certificate's key.
/// </param>
public sealed record SignedChallenge(SignedChallengeFormat Format, ReadOnlyMemory<byte> SignedData, string ClaimedCertificateThumbprint);
