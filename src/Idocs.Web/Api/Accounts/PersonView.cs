namespace Idocs.Web.Api.Accounts;

/// <summary>The logged-in person.</summary>
public sealed record PersonView(Guid PersonId, string Iin, string FullName, string? Email);
