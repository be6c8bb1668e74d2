namespace Idocs.Web.Cabinet.Documents;

/// <summary>An active employee of the profile who can be put on a route stage.</summary>
public sealed record RouteParticipantOption(Guid EmployeeId, string FullName, string Role);
