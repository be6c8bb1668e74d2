namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>A counterparty's rejection through its link, with the reason.</summary>
public sealed record LinkRejectRequest(string Token, string Reason);
