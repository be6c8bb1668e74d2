namespace Idocs.Web.Components.Pages.Account;

/// <summary>One profile the signed-in person may act for, as the login endpoint returns it.</summary>
public sealed record ProfileChoice(Guid ProfileId, string Name, string Kind, string? Role);
