namespace Idocs.Signatures.TestPki;

/// <summary>The test PKI's bookkeeping, stored as <c>pki.json</c> in the store folder.</summary>
public sealed class TestPkiState
{
    public required Uri BaseUrl { get; init; }

    public List<TestPkiIssuedRecord> Issued { get; init; } = [];

    public List<TestPkiRevocation> Revoked { get; init; } = [];

    /// <summary>Last CRL number per algorithm family.</summary>
    public Dictionary<TestPkiAlgorithm, long> CrlNumbers { get; init; } = [];
}
