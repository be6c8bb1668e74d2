namespace Idocs.Web.Api.Accounts;

/// <summary>An issued challenge: the browser signs <paramref name="Xml"/> with NCALayer signXml and sends it back with <paramref name="ChallengeId"/> before <paramref name="ExpiresAt"/>.</summary>
public sealed record IssuedChallengeView(Guid ChallengeId, string Xml, DateTimeOffset ExpiresAt);
