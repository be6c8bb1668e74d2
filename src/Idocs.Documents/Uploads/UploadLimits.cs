namespace Idocs.Documents.Uploads;

/// <summary>
/// Limits applied to every uploaded file and to every archive entry inside it. The defaults are
/// product choices, not measured capacities: change them in configuration ("Uploads" section).
/// </summary>
public sealed class UploadLimits
{
    /// <summary>Maximum size of one uploaded file, in bytes.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Maximum number of entries in one archive, nested archives included.</summary>
    public int MaxArchiveEntries { get; set; } = 1000;

    /// <summary>Maximum bytes all archive entries may unpack to, across every nesting level.</summary>
    public long MaxArchiveUncompressedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>
    /// Maximum ratio of unpacked to packed size of one entry; checked once an entry unpacks to more
    /// than <see cref="CompressionRatioThresholdBytes"/>, because tiny entries compress well legitimately.
    /// </summary>
    public int MaxCompressionRatio { get; set; } = 100;

    public long CompressionRatioThresholdBytes { get; set; } = 1024 * 1024;

    /// <summary>How many archives may enclose a file: 1 allows a plain ZIP, 2 allows a ZIP in a ZIP.</summary>
    public int MaxArchiveDepth { get; set; } = 2;

    /// <summary>Maximum characters of one XML document or XML part of an office file.</summary>
    public long MaxXmlCharacters { get; set; } = 100L * 1024 * 1024;
}
