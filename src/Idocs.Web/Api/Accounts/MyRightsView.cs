namespace Idocs.Web.Api.Accounts;

/// <summary>"My profile → View rights".</summary>
public sealed record MyRightsView(Guid ProfileId, Guid EmployeeId, string Role, IReadOnlyList<RightLineView> Rights);
