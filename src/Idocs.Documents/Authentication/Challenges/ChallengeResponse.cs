using Idocs.Documents.Authentication.Certificates;

namespace Idocs.Documents.Authentication.Challenges;

/// <summary>The client's answer to a challenge, with the session and origin the web layer observed.</summary>
/// <param name="ChallengeId">The id the client received with the challenge.</param>
/// <param name="SessionId">The anonymous browser session id of the answering request.</param>
/// <param name="Origin">The origin of the answering request.</param>
/// <param name="Signature">The signature over the challenge bytes.</param>
public sealed record ChallengeResponse(Guid ChallengeId, string SessionId, string Origin, SignedChallenge Signature);
