using System.Diagnostics;
using System.Globalization;
using System.Text;
using ZXing;
using ZXing.Common;
using ZXing.Multi.QrCode;

namespace Idocs.PrintForms.Tests.Support;

/// <summary>
/// Rasterizes PDF pages with poppler's pdftoppm at 150 dpi, a common office print and scan
/// resolution, and decodes every QR code on them with ZXing.Net.
/// </summary>
public static class QrPageDecoder
{
    public const int Dpi = 150;

    public static bool IsAvailable => FindPdftoppm() is not null;

    public static IReadOnlyList<string> DecodePage(byte[] pdf, int pageNumber)
    {
        var pdftoppm = FindPdftoppm() ?? throw new InvalidOperationException("pdftoppm is not installed: apt-get install -y poppler-utils.");
        var folder = Directory.CreateTempSubdirectory("idocs-qr-");
        try
        {
            var pdfPath = Path.Combine(folder.FullName, "input.pdf");
            File.WriteAllBytes(pdfPath, pdf);
            var prefix = Path.Combine(folder.FullName, "page");
            Run(pdftoppm, "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-singlefile",
                "-f", pageNumber.ToString(CultureInfo.InvariantCulture), "-l", pageNumber.ToString(CultureInfo.InvariantCulture),
                pdfPath, prefix);
            var (pixels, width, height) = ReadPgm(File.ReadAllBytes(prefix + ".pgm"));
            return Decode(pixels, width, height);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> Decode(byte[] pixels, int width, int height)
    {
        var source = new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var bitmap = new BinaryBitmap(new HybridBinarizer(source));
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        var results = new QRCodeMultiReader().decodeMultiple(bitmap, hints) ?? [];
        return results.Select(result => result.Text).ToList();
    }

    // Binary PGM as netpbm defines it: "P5", width, height and maximum value separated by
    // whitespace, one more whitespace byte, then one byte per pixel for maximum values up to 255.
    private static (byte[] Pixels, int Width, int Height) ReadPgm(byte[] file)
    {
        var position = 0;
        var magic = NextToken(file, ref position);
        if (magic != "P5")
        {
            throw new InvalidDataException($"pdftoppm wrote '{magic}', not a binary PGM file.");
        }

        var width = int.Parse(NextToken(file, ref position), CultureInfo.InvariantCulture);
        var height = int.Parse(NextToken(file, ref position), CultureInfo.InvariantCulture);
        var maximum = int.Parse(NextToken(file, ref position), CultureInfo.InvariantCulture);
        if (maximum > 255)
        {
            throw new InvalidDataException($"PGM with 16-bit samples (maximum {maximum}) is not supported.");
        }

        position++;
        return (file.AsSpan(position, width * height).ToArray(), width, height);
    }

    private static string NextToken(byte[] file, ref int position)
    {
        while (char.IsWhiteSpace((char)file[position]) || file[position] == '#')
        {
            if (file[position] == '#')
            {
                while (file[position] != '\n')
                {
                    position++;
                }
            }

            position++;
        }

        var start = position;
        while (!char.IsWhiteSpace((char)file[position]))
        {
            position++;
        }

        return Encoding.ASCII.GetString(file, start, position - start);
    }

    private static void Run(string fileName, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments) { RedirectStandardError = true, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{fileName} did not start.");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} exited with code {process.ExitCode}: {errors}");
        }
    }

    private static string? FindPdftoppm() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "pdftoppm"))
            .FirstOrDefault(File.Exists);
}
