namespace Idocs.Documents.Authentication.Challenges;

/// <summary>What the client receives: the challenge id to send back and the bytes to sign.</summary>
public sealed record IssuedChallenge(Guid ChallengeId, ReadOnlyMemory<byte> Nonce, DateTimeOffset ExpiresAt);
