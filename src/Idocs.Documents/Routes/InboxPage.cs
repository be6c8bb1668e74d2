namespace Idocs.Documents.Routes;

/// <summary>
/// One page of the "waiting for me" list, oldest first. The counts cover the whole list, not the
/// page, and ignore <see cref="InboxQuery.Step"/>, so the cabinet can show both badges.
/// </summary>
public sealed record InboxPage(IReadOnlyList<InboxEntry> Items, int ApprovalCount, int SignatureCount, string? ContinuationToken);
