namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>The other party: <c>Bin</c>, <c>Iin</c> or <c>Email</c>, its identifier and name.</summary>
public sealed record CounterpartyResponse(string Kind, string Identifier, string Name);
