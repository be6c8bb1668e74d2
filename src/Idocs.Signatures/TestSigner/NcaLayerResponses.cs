using System.Text.Json.Nodes;

namespace Idocs.Signatures.TestSigner;

/// <summary>
/// The JSON shapes of NCALayer's responses: <c>code</c>/<c>responseObject</c>/<c>message</c> for the
/// legacy commonUtils module and <c>status</c>/<c>body</c>/<c>code</c>/<c>details</c> for basics.
/// </summary>
internal static class NcaLayerResponses
{
    public const string CanceledMessage = "action.canceled";

    public static string Hello(string version) => new JsonObject { ["result"] = new JsonObject { ["version"] = version } }.ToJsonString();

    public static string LegacySuccess(JsonNode? responseObject)
    {
        var response = new JsonObject { ["code"] = "200" };
        if (responseObject is not null)
        {
            response["responseObject"] = responseObject;
        }

        return response.ToJsonString();
    }

    public static string LegacyError(string message) => new JsonObject { ["code"] = "500", ["message"] = message }.ToJsonString();

    public static string LegacyCanceled() => LegacyError(CanceledMessage);

    public static string ArgumentTypeMismatch(string method) =>
        LegacyError($"java.lang.IllegalArgumentException: argument type mismatch. Method: {method}");

    public static string BasicsSuccess(JsonNode result) =>
        new JsonObject { ["status"] = true, ["body"] = new JsonObject { ["result"] = result } }.ToJsonString();

    /// <summary>NCALayer responds to a closed dialog with a successful status and an empty body.</summary>
    public static string BasicsCanceled() => new JsonObject { ["status"] = true, ["body"] = new JsonObject() }.ToJsonString();

    public static string BasicsError(string details) => new JsonObject
    {
        ["status"] = false,
        ["code"] = "INVOCATION_ERROR",
        ["message"] = "An invoked method threw an exception.",
        ["details"] = details,
    }.ToJsonString();
}
