using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Idocs.Storage.Accounts;

/// <summary>JSON settings of the accounts columns that hold a serialized record (actor, order file, audit payload).</summary>
internal static class AccountsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Names are stored, not embedded in HTML, so Cyrillic and Kazakh letters stay readable.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Serializes by the runtime type, so a record behind an interface keeps all its fields.</summary>
    public static string SerializeObject(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"A stored {typeof(T).Name} column contains JSON null.");
}
