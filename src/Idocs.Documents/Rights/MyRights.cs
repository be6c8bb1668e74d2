namespace Idocs.Documents.Rights;

/// <summary>A person's role and each right with whether they have it and why.</summary>
public sealed record MyRights(Guid ProfileId, Guid EmployeeId, ProfileRole Role, ProfileRights EffectiveRights, IReadOnlyList<RightView> Rights);
