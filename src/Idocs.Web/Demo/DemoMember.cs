namespace Idocs.Web.Demo;

/// <summary>A demo person's membership in a seeded profile: the ids the document use cases act with.</summary>
public sealed record DemoMember(DemoPerson Person, DemoProfile Profile, Guid PersonId, Guid ProfileId, Guid EmployeeId);
