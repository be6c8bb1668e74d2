namespace Idocs.Web.Api.Accounts;

/// <summary>The registered profile, already selected in the new session.</summary>
public sealed record RegistrationView(Guid ProfileId);
