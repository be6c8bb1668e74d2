namespace Idocs.Documents.Documents;

/// <summary>Access to one document given to one employee of the owning profile.</summary>
public sealed record AccessGrant(Guid EmployeeId, AccessMode Mode);
