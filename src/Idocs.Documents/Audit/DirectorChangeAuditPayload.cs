namespace Idocs.Documents.Audit;

/// <summary>Details of the director change events.</summary>
/// <param name="RequestId">The director change request.</param>
/// <param name="FutureDirectorIin">The IIN of the person who becomes Director.</param>
/// <param name="FutureDirectorName">Their name as the request gives it.</param>
/// <param name="FormerDirectorEmployeeId">The employee who was Director when the event happened.</param>
/// <param name="Comment">Support's comment on approval or rejection.</param>
public sealed record DirectorChangeAuditPayload(
    Guid RequestId,
    string FutureDirectorIin,
    string FutureDirectorName,
    Guid? FormerDirectorEmployeeId,
    string? Comment) : AuditPayload;
