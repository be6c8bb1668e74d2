namespace Idocs.Web.Api.Accounts;

/// <summary>The profile to work in.</summary>
public sealed record SelectProfileBody(Guid? ProfileId);
