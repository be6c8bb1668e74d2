namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>Why the document is rejected; required.</summary>
public sealed record RejectRequest(string Reason);
