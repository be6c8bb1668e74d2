namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>A document waiting for the caller's approval (<c>Approve</c>) or signature (<c>Sign</c>).</summary>
public sealed record InboxItemResponse(Guid DocumentId, string Step, string StepActivityId, DateTimeOffset WaitingSince);
