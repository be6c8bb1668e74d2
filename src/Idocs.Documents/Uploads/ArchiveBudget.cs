namespace Idocs.Documents.Uploads;

/// <summary>
/// What one upload may still unpack: entries and bytes are counted across every archive level, so
/// nesting cannot multiply the limits.
/// </summary>
internal sealed class ArchiveBudget(UploadLimits limits)
{
    public int EntriesSeen { get; private set; }

    public long BytesUnpacked { get; private set; }

    public long RemainingBytes => limits.MaxArchiveUncompressedBytes - BytesUnpacked;

    /// <summary>Counts entries and returns false when the total goes over the limit.</summary>
    public bool TryAddEntries(long count)
    {
        if (count > limits.MaxArchiveEntries - EntriesSeen)
        {
            return false;
        }

        EntriesSeen += (int)count;
        return true;
    }

    public void AddBytes(long count) => BytesUnpacked += count;
}
