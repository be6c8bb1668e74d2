namespace Idocs.PrintForms.Verification;

/// <summary>The outcome of comparing an uploaded file with the document's signed files by SHA-256.</summary>
/// <param name="Matches">True when the upload is byte for byte one of the signed files.</param>
/// <param name="UploadSha256">The upload's SHA-256, so the user can compare it with the print form.</param>
/// <param name="MatchedFileName">The signed file the upload equals, when it matches.</param>
public sealed record FileCheckResult(bool Matches, string UploadSha256, string? MatchedFileName);
