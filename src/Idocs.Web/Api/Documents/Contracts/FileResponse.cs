namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>A document file: its SHA-256 (hex, the key to download and sign it), name, detected type and length in bytes.</summary>
public sealed record FileResponse(string Sha256, string FileName, string ContentType, long Length);
