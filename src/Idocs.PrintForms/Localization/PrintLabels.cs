using System.Globalization;
using System.Resources;

namespace Idocs.PrintForms.Localization;

/// <summary>The labels and date format of one print language, read from Labels.resx.</summary>
internal sealed class PrintLabels
{
    private static readonly ResourceManager Resources = new("Idocs.PrintForms.Localization.Labels", typeof(PrintLabels).Assembly);

    private const char NoBreakSpace = '\u00A0';

    private PrintLabels(PrintLanguage language, CultureInfo culture)
    {
        Language = language;
        Culture = culture;
    }

    public PrintLanguage Language { get; }

    public CultureInfo Culture { get; }

    public static PrintLabels For(PrintLanguage language) => language switch
    {
        PrintLanguage.Russian => new PrintLabels(language, CultureInfo.GetCultureInfo("ru")),
        PrintLanguage.Kazakh => new PrintLabels(language, CultureInfo.GetCultureInfo("kk")),
        PrintLanguage.English => new PrintLabels(language, CultureInfo.GetCultureInfo("en")),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown print language."),
    };

    public string this[string key] =>
        Resources.GetString(key, Culture)
        ?? throw new InvalidOperationException($"Label '{key}' is missing from Labels.resx.");

    public string Format(string key, params object?[] arguments) =>
        string.Format(Culture, this[key], arguments);

    /// <summary>
    /// Formats a time in the given zone with its UTC offset, so a printed time is never ambiguous.
    /// No-break spaces keep the date, time and offset on one line when a value wraps.
    /// </summary>
    public string FormatTime(DateTimeOffset time, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(time, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var absolute = offset.Duration();
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{local.ToString(this[LabelKeys.DateTimeFormat], CultureInfo.InvariantCulture)} (UTC{sign}{absolute:hh\\:mm})");
        return text.Replace(' ', NoBreakSpace);
    }
}
