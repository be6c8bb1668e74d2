namespace Idocs.Documents.Routes;

/// <summary>A document waiting for the employee's approval or signature: one open engine bookmark.</summary>
public sealed record InboxItem(Guid BookmarkId, Guid DocumentId, RouteStepKind Step, string StepActivityId, DateTimeOffset WaitingSince);
