namespace Idocs.Signatures.TestPki;

/// <summary>A revoked certificate: serial (hex), family, time and CRLReason code (RFC 5280 5.3.1).</summary>
public sealed record TestPkiRevocation(string Serial, TestPkiAlgorithm Algorithm, DateTimeOffset RevokedAt, int Reason);
