namespace Idocs.Documents.Integrations.ApiTokens;

/// <summary>What an Admin asks for when issuing a token.</summary>
public sealed record ApiTokenRequest(string Name, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);
