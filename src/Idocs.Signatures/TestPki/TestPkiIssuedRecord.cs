namespace Idocs.Signatures.TestPki;

/// <summary>One issued end-entity certificate: its serial (hex), family, subject and files relative to the store folder.</summary>
public sealed record TestPkiIssuedRecord(string Serial, TestPkiAlgorithm Algorithm, string Subject, string CertificateFile, string KeyFile);
