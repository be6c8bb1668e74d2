using System.Text.Json;
using System.Text.Json.Serialization;

namespace Idocs.Storage.Billing;

/// <summary>JSON settings of the billing columns that hold lists: enums by name, so the values stay readable.</summary>
internal static class BillingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
