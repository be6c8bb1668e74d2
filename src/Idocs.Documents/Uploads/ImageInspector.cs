using System.Buffers.Binary;

namespace Idocs.Documents.Uploads;

/// <summary>Checks the signature and the basic structure of PNG, JPEG and TIFF images.</summary>
internal static class ImageInspector
{
    private const int MaxDimension = 100_000;
    private const int TrailerSearchBytes = 1024;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool LooksLikePng(ReadOnlySpan<byte> bytes) => bytes.StartsWith(PngSignature);

    public static bool LooksLikeJpeg(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);

    public static bool LooksLikeTiff(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8);

    /// <summary>Requires an IHDR chunk with sane dimensions first and an IEND chunk at the end.</summary>
    public static UploadVerdict InspectPng(string subject, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 33 || !bytes[12..16].SequenceEqual("IHDR"u8))
        {
            return Damaged(subject, "the PNG image has no IHDR header chunk");
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]);
        if (width is 0 or > MaxDimension || height is 0 or > MaxDimension)
        {
            return Damaged(subject, $"the PNG image declares an impossible size {width}x{height}");
        }

        return Tail(bytes).IndexOf("IEND"u8) >= 0
            ? UploadVerdict.Accept(DetectedContentType.Png)
            : Damaged(subject, "the PNG image has no IEND chunk, so it is cut off");
    }

    /// <summary>Walks the JPEG segments up to the frame header and requires an end-of-image marker.</summary>
    public static UploadVerdict InspectJpeg(string subject, ReadOnlySpan<byte> bytes)
    {
        var position = 2;
        var frameFound = false;
        while (position + 4 <= bytes.Length && !frameFound)
        {
            if (bytes[position] != 0xFF)
            {
                return Damaged(subject, "a JPEG segment does not start with a marker");
            }

            var marker = bytes[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 2)..]);
            if (length < 2 || position + 2 + length > bytes.Length)
            {
                return Damaged(subject, "a JPEG segment runs past the end of the file");
            }

            frameFound = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (marker == 0xDA && !frameFound)
            {
                return Damaged(subject, "the JPEG image has no frame header before its data");
            }

            position += 2 + length;
        }

        if (!frameFound)
        {
            return Damaged(subject, "the JPEG image has no frame header");
        }

        return Tail(bytes).IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0
            ? UploadVerdict.Accept(DetectedContentType.Jpeg)
            : Damaged(subject, "the JPEG image has no end-of-image marker, so it is cut off");
    }

    /// <summary>Requires the first image file directory inside the file, with at least one entry that fits.</summary>
    public static UploadVerdict InspectTiff(string subject, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8)
        {
            return Damaged(subject, "the TIFF header is incomplete");
        }

        var littleEndian = bytes[0] == (byte)'I';
        var offset = littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]) : BinaryPrimitives.ReadUInt32BigEndian(bytes[4..]);
        if (offset < 8 || offset > (uint)(bytes.Length - 2))
        {
            return Damaged(subject, "the TIFF directory offset points outside the file");
        }

        var directory = bytes[(int)offset..];
        var entryCount = littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(directory) : BinaryPrimitives.ReadUInt16BigEndian(directory);
        if (entryCount == 0 || 2 + (entryCount * 12) > directory.Length)
        {
            return Damaged(subject, "the TIFF directory is empty or runs past the end of the file");
        }

        return UploadVerdict.Accept(DetectedContentType.Tiff);
    }

    private static ReadOnlySpan<byte> Tail(ReadOnlySpan<byte> bytes) => bytes[Math.Max(0, bytes.Length - TrailerSearchBytes)..];

    private static UploadVerdict Damaged(string subject, string detail) =>
        UploadVerdict.Reject(UploadErrorCodes.Damaged, subject, detail);
}
