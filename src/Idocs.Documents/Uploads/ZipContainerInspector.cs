using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Idocs.Documents.Uploads;

/// <summary>
/// Inspects ZIP-based files: OOXML (DOCX, XLSX), OpenDocument text and plain ZIP archives. Every
/// entry is unpacked through a counting reader that stops at the limits, so a decompression bomb
/// costs at most the configured number of bytes and never the size its headers claim.
/// </summary>
internal sealed class ZipContainerInspector(ContentInspector inspector, ArchiveBudget budget)
{
    private const int EndOfCentralDirectoryLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;
    private const string ContentTypesPartName = "[Content_Types].xml";
    private const string OpenDocumentTextMimeType = "application/vnd.oasis.opendocument.text";

    private readonly UploadLimits _limits = inspector.Limits;

    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8);

    public UploadVerdict Inspect(string subject, ReadOnlyMemory<byte> content, int archiveDepth)
    {
        var declaredEntries = ReadDeclaredEntryCount(content.Span);
        if (declaredEntries is null)
        {
            return Damaged(subject, "the archive's central directory is missing, so the file is cut off or not a ZIP");
        }

        if (!budget.TryAddEntries(declaredEntries.Value))
        {
            return UploadVerdict.Reject(
                UploadErrorCodes.ArchiveTooManyEntries, subject, declaredEntries.Value, _limits.MaxArchiveEntries);
        }

        try
        {
            using var stream = OpenReadOnly(content);
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false, Encoding.UTF8);
            var entries = archive.Entries;
            if (entries.Count != declaredEntries.Value)
            {
                return Damaged(subject, "the entry count in the central directory does not match its records");
            }

            foreach (var entry in entries)
            {
                if (!IsSafeEntryName(entry.FullName))
                {
                    return UploadVerdict.Reject(UploadErrorCodes.ArchiveUnsafeEntryName, $"{subject}/{entry.FullName}");
                }

                if (entry.IsEncrypted)
                {
                    return UploadVerdict.Reject(UploadErrorCodes.ArchiveEncrypted, subject);
                }
            }

            var contentTypes = archive.GetEntry(ContentTypesPartName);
            if (contentTypes is not null)
            {
                return new OoxmlPackageInspector(this, archive, subject).Inspect(contentTypes);
            }

            if (entries.Count > 0 && entries[0].FullName == "mimetype")
            {
                return InspectOpenDocument(subject, archive);
            }

            return InspectPlainArchive(subject, entries, archiveDepth);
        }
        catch (InvalidDataException exception)
        {
            return Damaged(subject, $"the archive cannot be read ({exception.Message})");
        }
    }

    /// <summary>
    /// Reads one entry into memory, counting the bytes it really unpacks to. Returns null and sets
    /// <paramref name="rejection"/> when a limit is hit.
    /// </summary>
    internal byte[]? ReadEntry(string subject, ZipArchiveEntry entry, out UploadVerdict? rejection)
    {
        var entrySubject = $"{subject}/{entry.FullName}";
        var perEntryLimit = Math.Min(_limits.MaxFileBytes, budget.RemainingBytes);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        long total = 0;

        using (var input = entry.Open())
        {
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > budget.RemainingBytes)
                {
                    rejection = UploadVerdict.Reject(
                        UploadErrorCodes.ArchiveTooLargeUncompressed, subject, new ByteSize(_limits.MaxArchiveUncompressedBytes));
                    return null;
                }

                if (total > perEntryLimit)
                {
                    rejection = inspector.TooLarge(entrySubject, total);
                    return null;
                }

                if (total > _limits.CompressionRatioThresholdBytes
                    && total > Math.Max(entry.CompressedLength, 1) * _limits.MaxCompressionRatio)
                {
                    rejection = UploadVerdict.Reject(
                        UploadErrorCodes.ArchiveCompressionRatio, entrySubject, _limits.MaxCompressionRatio);
                    return null;
                }

                output.Write(buffer, 0, read);
            }
        }

        budget.AddBytes(total);
        rejection = null;
        return output.ToArray();
    }

    internal static UploadVerdict Damaged(string subject, string detail) =>
        UploadVerdict.Reject(UploadErrorCodes.Damaged, subject, detail);

    internal long MaxXmlCharacters => _limits.MaxXmlCharacters;

    private UploadVerdict InspectPlainArchive(string subject, IReadOnlyCollection<ZipArchiveEntry> entries, int archiveDepth)
    {
        if (archiveDepth + 1 > _limits.MaxArchiveDepth)
        {
            return UploadVerdict.Reject(UploadErrorCodes.ArchiveNestedTooDeep, subject, _limits.MaxArchiveDepth);
        }

        var files = entries.Where(entry => !entry.FullName.EndsWith('/')).ToList();
        if (files.Count == 0)
        {
            return UploadVerdict.Reject(UploadErrorCodes.Empty, subject);
        }

        foreach (var entry in files)
        {
            var bytes = ReadEntry(subject, entry, out var rejection);
            if (bytes is null)
            {
                return rejection!;
            }

            var verdict = inspector.InspectNested(entry.FullName, bytes, archiveDepth + 1, budget);
            if (!verdict.IsAccepted)
            {
                return UploadVerdict.Reject(verdict.Rejection!.Within(subject));
            }
        }

        return UploadVerdict.Accept(DetectedContentType.Zip);
    }

    private UploadVerdict InspectOpenDocument(string subject, ZipArchive archive)
    {
        var mimeEntry = archive.GetEntry("mimetype")!;
        if (mimeEntry.Length > 200)
        {
            return UploadVerdict.Reject(UploadErrorCodes.UnsupportedType, subject);
        }

        var mimeBytes = ReadEntry(subject, mimeEntry, out var rejection);
        if (mimeBytes is null)
        {
            return rejection!;
        }

        if (Encoding.ASCII.GetString(mimeBytes).Trim() != OpenDocumentTextMimeType)
        {
            return UploadVerdict.Reject(UploadErrorCodes.UnsupportedType, subject);
        }

        var contentPart = archive.GetEntry("content.xml");
        if (contentPart is null)
        {
            return Damaged(subject, "the OpenDocument text has no content.xml part");
        }

        var contentBytes = ReadEntry(subject, contentPart, out rejection);
        if (contentBytes is null)
        {
            return rejection!;
        }

        var xml = XmlInspector.Inspect($"{subject}/content.xml", contentBytes, _limits.MaxXmlCharacters);
        return xml.IsAccepted
            ? UploadVerdict.Accept(DetectedContentType.Odt)
            : Damaged(subject, "the content.xml part is not well-formed XML");
    }

    private static MemoryStream OpenReadOnly(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    /// <summary>
    /// Reads the total entry count from the end-of-central-directory record (ZIP64 when present),
    /// before any entry object is created. Returns null when no record is found.
    /// </summary>
    private static long? ReadDeclaredEntryCount(ReadOnlySpan<byte> bytes)
    {
        var searchStart = Math.Max(0, bytes.Length - EndOfCentralDirectoryLength - MaxCommentLength);
        var tail = bytes[searchStart..];
        var position = tail.LastIndexOf("PK\u0005\u0006"u8);
        if (position < 0 || tail.Length - position < EndOfCentralDirectoryLength)
        {
            return null;
        }

        var record = tail[position..];
        long count = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
        if (count != ushort.MaxValue)
        {
            return count;
        }

        var locatorStart = searchStart + position - 20;
        if (locatorStart < 0 || !bytes[locatorStart..].StartsWith("PK\u0006\u0007"u8))
        {
            return count;
        }

        var zip64Offset = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(locatorStart + 8)..]);
        if (zip64Offset > (ulong)(bytes.Length - 56) || !bytes[(int)zip64Offset..].StartsWith("PK\u0006\u0006"u8))
        {
            return null;
        }

        var zip64Count = BinaryPrimitives.ReadUInt64LittleEndian(bytes[((int)zip64Offset + 32)..]);
        return zip64Count > int.MaxValue ? int.MaxValue : (long)zip64Count;
    }

    private static bool IsSafeEntryName(string name)
    {
        if (name.Length == 0 || name[0] is '/' or '\\' || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        if (name.Any(char.IsControl))
        {
            return false;
        }

        return name.Split('/').All(segment => segment != "..");
    }
}
