using System.Globalization;

namespace Idocs.Documents.Uploads;

/// <summary>A size in bytes, shown to users in B, KB, MB or GB with the unit names of their language.</summary>
public readonly record struct ByteSize(long Bytes)
{
    public string Format(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);

        (double Value, string UnitKey) scaled = Bytes switch
        {
            >= 1L << 30 => (Bytes / (double)(1L << 30), "UnitGigabytes"),
            >= 1L << 20 => (Bytes / (double)(1L << 20), "UnitMegabytes"),
            >= 1L << 10 => (Bytes / (double)(1L << 10), "UnitKilobytes"),
            _ => (Bytes, "UnitBytes"),
        };
        var number = scaled.Value.ToString(scaled.UnitKey == "UnitBytes" ? "0" : "0.#", culture);
        var unit = UploadMessages.Get(scaled.UnitKey, culture);
        return string.Format(culture, unit, number);
    }

    public override string ToString() => Format(CultureInfo.InvariantCulture);
}
