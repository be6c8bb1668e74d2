using System.IO.Compression;
using System.Text;

namespace Idocs.Documents.Tests.Uploads;

/// <summary>Builds hostile and ordinary ZIP archives in memory.</summary>
public static class TestArchives
{
    public static readonly byte[] SmallPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>One entry of <paramref name="length"/> zero bytes: it packs at about 1000:1.</summary>
    public static byte[] ZeroBomb(long length)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("report.pdf", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var chunk = new byte[1024 * 1024];
            for (long written = 0; written < length; written += chunk.Length)
            {
                stream.Write(chunk, 0, (int)Math.Min(chunk.Length, length - written));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A PDF wrapped in <paramref name="depth"/> archives, each inside the next.</summary>
    public static byte[] Nested(int depth)
    {
        var content = SmallPdf;
        for (var level = 1; level <= depth; level++)
        {
            content = Zip(level == 1 ? ("inner.pdf", content) : ($"level{level - 1}.zip", content));
        }

        return content;
    }
}
