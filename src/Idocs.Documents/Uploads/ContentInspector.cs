namespace Idocs.Documents.Uploads;

/// <summary>
/// Decides what an uploaded file is from its bytes (magic numbers, then structure), never from its
/// name, and rejects anything outside the accepted types or the limits. It reads only from memory
/// and writes nothing, so a rejected file leaves no trace.
/// </summary>
public sealed class ContentInspector
{
    private readonly UploadLimits _limits;

    public ContentInspector(UploadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _limits = limits;
    }

    public UploadVerdict Inspect(string fileName, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(fileName);

        var subject = string.IsNullOrWhiteSpace(fileName) ? "(no name)" : Path.GetFileName(fileName);
        if (content.Length > _limits.MaxFileBytes)
        {
            return TooLarge(subject, content.Length);
        }

        return InspectNested(subject, content, 0, new ArchiveBudget(_limits));
    }

    internal UploadLimits Limits => _limits;

    internal UploadVerdict TooLarge(string subject, long length) =>
        UploadVerdict.Reject(UploadErrorCodes.TooLarge, subject, new ByteSize(length), new ByteSize(_limits.MaxFileBytes));

    /// <summary>Inspects a file found at <paramref name="archiveDepth"/> archives deep.</summary>
    internal UploadVerdict InspectNested(string subject, ReadOnlyMemory<byte> content, int archiveDepth, ArchiveBudget budget)
    {
        var bytes = content.Span;
        if (bytes.IsEmpty)
        {
            return UploadVerdict.Reject(UploadErrorCodes.Empty, subject);
        }

        if (PdfInspector.LooksLikePdf(bytes))
        {
            return PdfInspector.Inspect(subject, bytes);
        }

        if (ZipContainerInspector.LooksLikeZip(bytes))
        {
            return new ZipContainerInspector(this, budget).Inspect(subject, content, archiveDepth);
        }

        if (ImageInspector.LooksLikePng(bytes))
        {
            return ImageInspector.InspectPng(subject, bytes);
        }

        if (ImageInspector.LooksLikeJpeg(bytes))
        {
            return ImageInspector.InspectJpeg(subject, bytes);
        }

        if (ImageInspector.LooksLikeTiff(bytes))
        {
            return ImageInspector.InspectTiff(subject, bytes);
        }

        if (bytes.StartsWith(Ole2Signature))
        {
            return UploadVerdict.Reject(UploadErrorCodes.LegacyOfficeFormat, subject);
        }

        if (bytes.StartsWith("{\\rtf"u8))
        {
            return InspectRtf(subject, bytes);
        }

        if (XmlInspector.LooksLikeMarkup(bytes))
        {
            return XmlInspector.Inspect(subject, bytes, _limits.MaxXmlCharacters);
        }

        return UploadVerdict.Reject(UploadErrorCodes.UnsupportedType, subject);
    }

    private static ReadOnlySpan<byte> Ole2Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static UploadVerdict InspectRtf(string subject, ReadOnlySpan<byte> bytes)
    {
        var end = bytes.TrimEnd("\0\r\n\t "u8);
        return end.Length > 0 && end[^1] == (byte)'}'
            ? UploadVerdict.Accept(DetectedContentType.Rtf)
            : UploadVerdict.Reject(UploadErrorCodes.Damaged, subject, "the RTF document has no closing brace");
    }
}
