namespace Idocs.Web.Api.Accounts;

/// <summary>A profile as its members see it.</summary>
public sealed record ProfileView(Guid ProfileId, string Name, string Kind, string IdentificationNumber, string Email);
