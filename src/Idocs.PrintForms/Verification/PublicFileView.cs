namespace Idocs.PrintForms.Verification;

/// <summary>A signed file as the verification page lists it.</summary>
public sealed record PublicFileView(string FileName, string Sha256);
