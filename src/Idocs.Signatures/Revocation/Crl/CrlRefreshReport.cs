namespace Idocs.Signatures.Revocation.Crl;

/// <summary>Outcome of one <see cref="CrlRefresher.RefreshAsync"/> run: sources loaded and each failed source with its reason.</summary>
public sealed record CrlRefreshReport(int Loaded, IReadOnlyDictionary<string, string> Failures);
