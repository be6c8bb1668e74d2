namespace Idocs.Signatures.Xml;

/// <summary>
/// Bounds on hostile XML so that parsing and canonicalization stay bounded in time and memory.
/// The defaults fit signed business documents of a few megabytes, not bulk data.
/// </summary>
public sealed record XmlParsingLimits
{
    /// <summary>Largest accepted input in bytes (UTF-8 or the declared encoding).</summary>
    public long MaxDocumentBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Largest accepted document in characters after decoding.</summary>
    public long MaxCharacters { get; init; } = 16 * 1024 * 1024;

    /// <summary>Deepest accepted element nesting; canonicalization recurses once per level.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Most elements accepted in one document.</summary>
    public int MaxElements { get; init; } = 200_000;

    /// <summary>Most <c>ds:Signature</c> elements accepted in one document.</summary>
    public int MaxSignatures { get; init; } = 32;

    /// <summary>Most <c>ds:Reference</c> elements accepted in one <c>ds:SignedInfo</c>.</summary>
    public int MaxReferences { get; init; } = 32;

    /// <summary>Most <c>ds:Transform</c> elements accepted in one reference.</summary>
    public int MaxTransforms { get; init; } = 4;

    public static XmlParsingLimits Default { get; } = new();
}
