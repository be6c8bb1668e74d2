namespace Idocs.Signatures.TestPki;

/// <summary>A request for one end-entity certificate and its PKCS#12 key file.</summary>
public sealed record TestPkiIssueRequest
{
    public required TestPkiSubject Subject { get; init; }

    public TestPkiAlgorithm Algorithm { get; init; } = TestPkiAlgorithm.Rsa;

    public TestPkiKeyPurpose Purpose { get; init; } = TestPkiKeyPurpose.Sign;

    /// <summary>Password of the PKCS#12 file.</summary>
    public required string Password { get; init; }

    /// <summary>Start of validity; null means one minute before now.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    public TimeSpan Validity { get; init; } = TimeSpan.FromDays(365);
}
