using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Signatures.TestSigner;

/// <summary>
/// Handles NCALayer WebSocket requests (modules <c>kz.gov.pki.knca.basics</c> and
/// <c>kz.gov.pki.knca.commonUtils</c>) in the JSON shapes NCALayer uses, signing with one key
/// file. It stands in for NCALayer in development and browser tests; it is never for production.
/// </summary>
// NOTE: real NCALayer's responses to an unknown module or method were not recorded, so this
// handler returns the legacy error shape ({"code":"500","message":…}).
public sealed class NcaLayerProtocolHandler
{
    public const string BasicsModule = "kz.gov.pki.knca.basics";
    public const string CommonUtilsModule = "kz.gov.pki.knca.commonUtils";

    /// <summary>The version the test signer reports in its first message after a connection opens.</summary>
    public const string Version = "1.4-idocs-test";

    private readonly BasicsSignMethod _basics;
    private readonly CommonUtilsMethods _commonUtils;
    private readonly ILogger _logger;

    public NcaLayerProtocolHandler(TestSignerOptions options, ILogger<NcaLayerProtocolHandler>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var signer = new TestSignerKey(options.Key);
        _basics = new BasicsSignMethod(signer, options.SimulateCancel);
        _commonUtils = new CommonUtilsMethods(signer, options.SimulateCancel);
        _logger = logger ?? NullLogger<NcaLayerProtocolHandler>.Instance;
    }

    /// <summary>The message NCALayer sends as soon as a client connects.</summary>
    public static string HelloMessage => NcaLayerResponses.Hello(Version);

    /// <summary>Handles one request message and returns one response message.</summary>
    public string Handle(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        JsonObject? message;
        try
        {
            message = JsonNode.Parse(request) as JsonObject;
        }
        catch (JsonException exception)
        {
            _logger.LogWarning("Test signer received malformed JSON at byte {Position}", exception.BytePositionInLine);
            return NcaLayerResponses.LegacyError($"The request is not valid JSON: {exception.Message}");
        }

        if (message is null)
        {
            return NcaLayerResponses.LegacyError("The request must be a JSON object with \"module\", \"method\" and \"args\".");
        }

        var module = TextOf(message["module"]);
        var method = TextOf(message["method"]);
        _logger.LogInformation("Test signer request {Module}.{Method}", module, method);
        return (module, method) switch
        {
            (BasicsModule, "sign") => _basics.Sign(message["args"]),
            (BasicsModule, _) => NcaLayerResponses.BasicsError($"Method '{method}' of module {BasicsModule} is not supported by the test signer."),
            (CommonUtilsModule, not null) => _commonUtils.Invoke(method, message["args"]),
            _ => NcaLayerResponses.LegacyError($"Module '{module}' with method '{method}' is not supported by the test signer."),
        };
    }

    private static string? TextOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
