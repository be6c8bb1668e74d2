namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>A detached CMS over one file: the file's SHA-256 (hex) and the signature as NCALayer returned it, base64.</summary>
public sealed record SignRequest(string FileSha256, string Signature);
