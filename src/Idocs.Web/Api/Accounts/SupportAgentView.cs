namespace Idocs.Web.Api.Accounts;

/// <summary>The support agent a support login signed in.</summary>
public sealed record SupportAgentView(Guid AgentId, string Name);
