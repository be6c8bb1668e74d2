using System.Text.Json.Nodes;
using Idocs.Signatures.Tests.Support;

namespace Idocs.Signatures.Tests.TestSigner;

/// <summary>The NCALayer request/response pairs recorded by sigex-kz/ncalayer-js-client (test-data.json).</summary>
internal static class RecordedNcaLayerExchanges
{
    public const string File = "kz-pki/sigex-ncalayer-js-client/test-data.json";

    private static readonly Lazy<JsonArray> Exchanges = new(() => JsonNode.Parse(TestFiles.Read(File))!.AsArray());

    /// <summary>Indexes of the exchanges with NCALayer's own modules (the KAZTOKEN extension is left out).</summary>
    public static TheoryData<int> NcaLayerIndexes()
    {
        var data = new TheoryData<int>();
        for (var index = 0; index < Exchanges.Value.Count; index++)
        {
            if (Request(index)["module"]!.GetValue<string>().StartsWith("kz.gov.pki.knca.", StringComparison.Ordinal))
            {
                data.Add(index);
            }
        }

        return data;
    }

    public static string RequestText(int index) => Exchanges.Value[index]!["request"]!.GetValue<string>();

    public static JsonObject Request(int index) => JsonNode.Parse(RequestText(index))!.AsObject();

    public static JsonObject Response(int index) => JsonNode.Parse(Exchanges.Value[index]!["response"]!.GetValue<string>())!.AsObject();

    /// <summary>Whether the recorded response is NCALayer's response to a closed dialog.</summary>
    public static bool IsCancel(JsonObject response) =>
        response["message"]?.GetValue<string>() == "action.canceled"
        || (response["status"]?.GetValue<bool>() == true && response["body"] is JsonObject { Count: 0 });
}
