namespace Idocs.Web.Api.Accounts;

/// <summary>A challenge request: purpose "login" or "registration".</summary>
public sealed record ChallengeBody(string? Purpose);
