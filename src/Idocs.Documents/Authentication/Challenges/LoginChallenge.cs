using System.Security.Cryptography;
using Idocs.Common.Ids;

namespace Idocs.Documents.Authentication.Challenges;

/// <summary>
/// A one-time random value the client signs to prove it holds a certificate's key. It is bound to
/// the browser session and origin that requested it, short-lived, and consumed by its first answer.
/// </summary>
public sealed class LoginChallenge
{
    /// <summary>The number of random bytes in a challenge.</summary>
    public const int NonceLength = 32;

    private LoginChallenge(
        Guid id,
        byte[] nonce,
        ChallengePurpose purpose,
        string sessionId,
        string origin,
        DateTimeOffset issuedAt,
        DateTimeOffset expiresAt)
    {
        Id = id;
        Nonce = nonce;
        Purpose = purpose;
        SessionId = sessionId;
        Origin = origin;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; }

    /// <summary>The random bytes to sign.</summary>
    public byte[] Nonce { get; }

    public ChallengePurpose Purpose { get; }

    /// <summary>The id of the anonymous browser session that requested the challenge.</summary>
    public string SessionId { get; }

    /// <summary>The origin (scheme, host and port) of the page that requested the challenge.</summary>
    public string Origin { get; }

    public DateTimeOffset IssuedAt { get; }

    public DateTimeOffset ExpiresAt { get; }

    /// <summary>When the challenge was answered; null while it is unused.</summary>
    public DateTimeOffset? ConsumedAt { get; private set; }

    public static LoginChallenge Issue(
        ChallengePurpose purpose,
        string sessionId,
        string origin,
        DateTimeOffset now,
        TimeSpan lifetime,
        TimeProvider clock) =>
        new(
            IdGenerator.NewId(clock),
            RandomNumberGenerator.GetBytes(NonceLength),
            purpose,
            sessionId,
            origin,
            now,
            now + lifetime);

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Marks the challenge used; stores make this atomic with a check that it was unused.</summary>
    public void Consume(DateTimeOffset at) => ConsumedAt = at;

    /// <summary>Returns a detached copy, as a fresh load from storage would; used by in-memory stores in tests.</summary>
    internal LoginChallenge Copy()
    {
        var copy = (LoginChallenge)MemberwiseClone();
        return copy;
    }
}
