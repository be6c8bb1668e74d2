using Idocs.Documents.Integrations.OneC;

namespace Idocs.Web.Api.OneC;

/// <summary>One page of incoming documents the 1C module can load, oldest change first; the cursor works as in <see cref="OneCStatusPage"/>.</summary>
public sealed record OneCIncomingPage(IReadOnlyList<OneCIncomingDocument> Items, string? NextCursor);
