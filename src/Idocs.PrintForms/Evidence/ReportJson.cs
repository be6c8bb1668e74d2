using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Idocs.PrintForms.Evidence;

/// <summary>The JSON form of validation reports, passports and manifests in archives and on the verification API.</summary>
public static class ReportJson
{
    /// <summary>Web defaults (camelCase), enums as names, indented, Cyrillic kept as is.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
