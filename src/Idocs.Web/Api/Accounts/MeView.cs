namespace Idocs.Web.Api.Accounts;

/// <summary>The logged-in person, the profile selected in the session (null before the choice), their role and effective rights there.</summary>
public sealed record MeView(PersonView Person, ProfileView? Profile, string? Role, IReadOnlyList<string> Rights);
