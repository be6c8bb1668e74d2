namespace Idocs.Web.Api.Accounts;

/// <summary>An employee's new role and individually granted rights.</summary>
public sealed record EmployeeAccessBody(string? Role, IReadOnlyList<string>? Rights);
