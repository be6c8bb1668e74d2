namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>
/// The other party: <c>Bin</c>, <c>Iin</c> or <c>Email</c>, its identifier and name, and on a
/// document's list of counterparties how far it has got (Pending, Sent, Delivered, Viewed, Signed, Rejected).
/// </summary>
public sealed record CounterpartyResponse(string Kind, string Identifier, string Name, string? Progress = null);
