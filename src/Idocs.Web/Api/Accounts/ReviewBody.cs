namespace Idocs.Web.Api.Accounts;

/// <summary>Support's comment on an approval (optional) or a rejection (required).</summary>
public sealed record ReviewBody(string? Comment);
