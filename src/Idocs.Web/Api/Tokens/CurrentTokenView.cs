namespace Idocs.Web.Api.Tokens;

/// <summary>What an integration learns about the token it calls with.</summary>
public sealed record CurrentTokenView(Guid TokenId, Guid ProfileId, IReadOnlyList<string> Scopes);
