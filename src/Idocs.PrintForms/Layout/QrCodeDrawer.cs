using PdfSharp.Drawing;
using QRCoder;

namespace Idocs.PrintForms.Layout;

/// <summary>
/// Draws a QR code as vector rectangles, so it stays sharp at any print resolution and costs no
/// image decoding. Error correction level M restores up to about 15% of damaged modules.
/// </summary>
internal static class QrCodeDrawer
{
    /// <summary>Draws <paramref name="text"/> as a square QR code with its 4-module quiet zone inside <paramref name="area"/>.</summary>
    public static void Draw(XGraphics graphics, string text, XRect area)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var moduleSize = Math.Min(area.Width, area.Height) / matrix.Count;

        var modules = new List<XRect>();
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }

                // One rectangle per horizontal run of dark modules keeps the content stream small.
                var start = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }

                modules.Add(new XRect(area.X + (start * moduleSize), area.Y + (row * moduleSize), (column - start) * moduleSize, moduleSize));
            }
        }

        graphics.DrawRectangle(XBrushes.White, new XRect(area.X, area.Y, moduleSize * matrix.Count, moduleSize * matrix.Count));
        graphics.DrawRectangles(XBrushes.Black, modules.ToArray());
    }
}
