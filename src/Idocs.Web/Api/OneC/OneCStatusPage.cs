using Idocs.Documents.Integrations.OneC;

namespace Idocs.Web.Api.OneC;

/// <summary>
/// One page of the status feed, oldest change first. Send <see cref="NextCursor"/> back as
/// <c>cursor</c> to read on; it is null when no document has changed since.
/// </summary>
public sealed record OneCStatusPage(IReadOnlyList<OneCDocumentStatus> Items, string? NextCursor);
