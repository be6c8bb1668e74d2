namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>A counterparty's signature through its link: the token from the emailed URL, the file and the base64 CMS.</summary>
public sealed record LinkSignRequest(string Token, string FileSha256, string Signature);
