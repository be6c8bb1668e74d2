namespace Idocs.Web.Api.Accounts;

/// <summary>The profiles a logged-in person may choose; with exactly one, the session has already selected it.</summary>
public sealed record LoginView(IReadOnlyList<ProfileChoiceView> Profiles);
