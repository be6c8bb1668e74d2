namespace Idocs.Documents.Dispatch;

/// <summary>
/// Where a document went: the incoming copy created for a registered counterparty, or the link
/// issued to an unregistered one.
/// </summary>
public sealed record DispatchOutcome(Guid? IncomingCopyId, Guid? LinkTokenId);
