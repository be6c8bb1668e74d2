namespace Idocs.Signatures.Xml;

/// <summary>
/// Bounds on hostile XML so that parsing and canonicalization stay bounded in time and memory.
/// The defaults fit signed business documents of a few megabytes, not bulk data.
/// </summary>
public sealed record XmlParsingLimits
{
    /// <summary>Maximum input size in bytes, in UTF-8 or the declared encoding.</summary>
    public long MaxDocumentBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Maximum document length in characters after decoding.</summary>
    public long MaxCharacters { get; init; } = 16 * 1024 * 1024;

    /// <summary>Maximum element nesting depth, because canonicalization recurses once per level.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Maximum number of elements in one document.</summary>
    public int MaxElements { get; init; } = 200_000;

    /// <summary>Maximum number of <c>ds:Signature</c> elements in one document.</summary>
    public int MaxSignatures { get; init; } = 32;

    /// <summary>Maximum number of <c>ds:Reference</c> elements in one <c>ds:SignedInfo</c>.</summary>
    public int MaxReferences { get; init; } = 32;

    /// <summary>Maximum number of <c>ds:Transform</c> elements in one reference.</summary>
    public int MaxTransforms { get; init; } = 4;

    public static XmlParsingLimits Default { get; } = new();
}
