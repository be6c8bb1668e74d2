using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Idocs.PrintForms.Fonts;

/// <summary>
/// Serves DejaVu Sans from this assembly's resources and nothing else, so a print form looks the
/// same on every host, whatever fonts it has installed. Every family name resolves to DejaVu Sans
/// because the renderers ask only for <see cref="PrintFonts.FamilyName"/>; italic is simulated.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    internal const string RegularFace = "DejaVuSans";
    internal const string BoldFace = "DejaVuSans-Bold";

    private readonly ConcurrentDictionary<string, byte[]> _fontBytes = new(StringComparer.Ordinal);

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => _fontBytes.GetOrAdd(faceName, LoadFont);

    private static byte[] LoadFont(string faceName)
    {
        if (faceName is not (RegularFace or BoldFace))
        {
            throw new InvalidOperationException($"Font face '{faceName}' is not embedded in Idocs.PrintForms.");
        }

        var resourceName = $"Idocs.PrintForms.Fonts.{faceName}.ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded font resource '{resourceName}' is missing from the assembly.");
        using var buffer = new MemoryStream(capacity: (int)stream.Length);
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
