using System.Buffers.Binary;
using System.Text;

namespace Idocs.PrintForms.Tests.Support;

/// <summary>
/// Reads which Unicode code points a TrueType font maps to a real glyph, from its Windows
/// Unicode BMP character map (cmap platform 3, encoding 1, format 4), as the OpenType
/// specification lays it out.
/// </summary>
public static class TrueTypeCmap
{
    public static HashSet<int> MappedCodePoints(byte[] font)
    {
        var cmap = FindTable(font, "cmap");
        var subtable = FindWindowsUnicodeSubtable(font, cmap);
        return ReadFormat4(font, subtable);
    }

    private static int FindTable(byte[] font, string tag)
    {
        var tableCount = ReadUInt16(font, 4);
        for (var index = 0; index < tableCount; index++)
        {
            var record = 12 + (index * 16);
            if (Encoding.ASCII.GetString(font, record, 4) == tag)
            {
                return (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            }
        }

        throw new InvalidDataException($"The font has no '{tag}' table.");
    }

    private static int FindWindowsUnicodeSubtable(byte[] font, int cmap)
    {
        var count = ReadUInt16(font, cmap + 2);
        for (var index = 0; index < count; index++)
        {
            var record = cmap + 4 + (index * 8);
            if (ReadUInt16(font, record) == 3 && ReadUInt16(font, record + 2) == 1)
            {
                return cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 4));
            }
        }

        throw new InvalidDataException("The font has no Windows Unicode BMP character map.");
    }

    private static HashSet<int> ReadFormat4(byte[] font, int subtable)
    {
        if (ReadUInt16(font, subtable) != 4)
        {
            throw new InvalidDataException("The Windows Unicode character map is not in format 4.");
        }

        var segmentCount = ReadUInt16(font, subtable + 6) / 2;
        var endCodes = subtable + 14;
        var startCodes = endCodes + (segmentCount * 2) + 2;
        var deltas = startCodes + (segmentCount * 2);
        var rangeOffsets = deltas + (segmentCount * 2);

        var mapped = new HashSet<int>();
        for (var segment = 0; segment < segmentCount; segment++)
        {
            var end = ReadUInt16(font, endCodes + (segment * 2));
            var start = ReadUInt16(font, startCodes + (segment * 2));
            var delta = ReadUInt16(font, deltas + (segment * 2));
            var rangeOffsetAddress = rangeOffsets + (segment * 2);
            var rangeOffset = ReadUInt16(font, rangeOffsetAddress);

            for (var codePoint = start; codePoint <= end && codePoint != 0xFFFF; codePoint++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (codePoint + delta) & 0xFFFF;
                }
                else
                {
                    var glyphAddress = rangeOffsetAddress + rangeOffset + ((codePoint - start) * 2);
                    var raw = ReadUInt16(font, glyphAddress);
                    glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    mapped.Add(codePoint);
                }
            }
        }

        return mapped;
    }

    private static int ReadUInt16(byte[] font, int offset) => BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset));
}
