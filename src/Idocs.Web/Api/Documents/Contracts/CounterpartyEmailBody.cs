namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>Body of the email correction: the unregistered counterparty's current address and the new one.</summary>
public sealed record CounterpartyEmailBody(string? CurrentEmail, string? NewEmail);
