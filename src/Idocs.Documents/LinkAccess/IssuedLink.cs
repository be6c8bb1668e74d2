namespace Idocs.Documents.LinkAccess;

/// <summary>
/// A newly issued link: <see cref="Token"/> is the only copy of the secret (base64url, 32 random
/// bytes), to be put into the email and never logged or stored.
/// </summary>
public sealed record IssuedLink(Guid TokenId, string Token, DateTimeOffset ExpiresAt);
