namespace Idocs.Web.Designer;

/// <summary>Who uses the designer: the company (profile) whose routes they manage and their user id in the engine.</summary>
public sealed record DesignerCaller(Guid CompanyId, string UserId);
