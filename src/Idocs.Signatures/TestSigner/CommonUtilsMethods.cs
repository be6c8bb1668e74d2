using System.Text.Json.Nodes;

namespace Idocs.Signatures.TestSigner;

/// <summary>
/// The legacy <c>kz.gov.pki.knca.commonUtils</c> methods with positional arguments; a wrong
/// argument type gets NCALayer's "argument type mismatch" error.
/// </summary>
// NOTE: keyType (SIGNATURE, AUTHENTICATION) is not matched against the key; the test signer holds
// one key and offers it for every type. createCMSSignatureFromBase64 adds no timestamp (no TSA).
internal sealed class CommonUtilsMethods(TestSignerKey key, bool simulateCancel)
{
    public string Invoke(string method, JsonNode? args)
    {
        var arguments = args as JsonArray ?? [];
        return method switch
        {
            "getActiveTokens" => NcaLayerResponses.LegacySuccess(new JsonArray()),
            "changeLocale" => Is<string>(arguments, 0) ? NcaLayerResponses.LegacySuccess(null) : NcaLayerResponses.ArgumentTypeMismatch(method),
            "getKeyInfo" => Is<string>(arguments, 0) ? Prompted(() => NcaLayerResponses.LegacySuccess(key.KeyInfo())) : NcaLayerResponses.ArgumentTypeMismatch(method),
            "createCAdESFromBase64" or "createCMSSignatureFromBase64" => CreateCms(method, arguments),
            "createCAdESFromBase64Hash" => CreateCmsOverHash(method, arguments),
            "signXml" => SignXml(method, arguments),
            "signXmls" => SignXmls(method, arguments),
            _ => NcaLayerResponses.LegacyError($"Method '{method}' of module {NcaLayerProtocolHandler.CommonUtilsModule} is not supported by the test signer."),
        };
    }

    private string CreateCms(string method, JsonArray arguments)
    {
        if (!Is<string>(arguments, 0) || !Is<string>(arguments, 1) || !Is<string>(arguments, 2) || !Is<bool>(arguments, 3))
        {
            return NcaLayerResponses.ArgumentTypeMismatch(method);
        }

        var content = Base64(arguments[2]!.GetValue<string>());
        if (content is null)
        {
            return NcaLayerResponses.LegacyError("The data argument is not base64.");
        }

        var attach = arguments[3]!.GetValue<bool>();
        return Prompted(() => NcaLayerResponses.LegacySuccess(Convert.ToBase64String(key.SignCms(content, attach))));
    }

    private string CreateCmsOverHash(string method, JsonArray arguments)
    {
        if (!Is<string>(arguments, 0) || !Is<string>(arguments, 1) || !Is<string>(arguments, 2))
        {
            return NcaLayerResponses.ArgumentTypeMismatch(method);
        }

        var digest = Base64(arguments[2]!.GetValue<string>());
        if (digest is null || digest.Length == 0)
        {
            // NCALayer responds to an empty hash with a bare 500 code and no message.
            return new JsonObject { ["code"] = "500" }.ToJsonString();
        }

        return Prompted(() => NcaLayerResponses.LegacySuccess(Convert.ToBase64String(key.SignCmsOverDigest(digest))));
    }

    private string SignXml(string method, JsonArray arguments)
    {
        if (!Is<string>(arguments, 0) || !Is<string>(arguments, 1) || !Is<string>(arguments, 2) || !XPathArguments(arguments))
        {
            return NcaLayerResponses.ArgumentTypeMismatch(method);
        }

        if (UsesXPath(arguments))
        {
            return NcaLayerResponses.LegacyError("The test signer signs whole documents only; pass empty tbsElementXPath and signatureParentElementXPath.");
        }

        var signed = key.SignXml(arguments[2]!.GetValue<string>());
        return signed.IsSuccess
            ? Prompted(() => NcaLayerResponses.LegacySuccess(LegacyLineBreaks(signed.Value)))
            : NcaLayerResponses.LegacyError(signed.Error.Message);
    }

    private string SignXmls(string method, JsonArray arguments)
    {
        if (!Is<string>(arguments, 0) || !Is<string>(arguments, 1) || arguments.Count < 3 || arguments[2] is not JsonArray documents
            || documents.Any(document => !IsString(document)) || !XPathArguments(arguments))
        {
            return NcaLayerResponses.ArgumentTypeMismatch(method);
        }

        if (UsesXPath(arguments))
        {
            return NcaLayerResponses.LegacyError("The test signer signs whole documents only; pass empty tbsElementXPath and signatureParentElementXPath.");
        }

        var results = new JsonArray();
        foreach (var document in documents)
        {
            var signed = key.SignXml(document!.GetValue<string>());
            if (!signed.IsSuccess)
            {
                return NcaLayerResponses.LegacyError(signed.Error.Message);
            }

            results.Add(LegacyLineBreaks(signed.Value));
        }

        return Prompted(() => NcaLayerResponses.LegacySuccess(results));
    }

    /// <summary>Runs a method that opens NCALayer's key dialog, or returns the response NCALayer sends when the user closes it.</summary>
    private string Prompted(Func<string> respond) => simulateCancel ? NcaLayerResponses.LegacyCanceled() : respond();

    /// <summary>The commonUtils module breaks lines inside ds:Signature with CR LF; XML parsers read both alike.</summary>
    private static string LegacyLineBreaks(string xml) => xml.Replace("\n", "\r\n", StringComparison.Ordinal);

    private static bool XPathArguments(JsonArray arguments) =>
        (arguments.Count <= 3 || IsString(arguments[3])) && (arguments.Count <= 4 || IsString(arguments[4]));

    private static bool UsesXPath(JsonArray arguments) =>
        arguments.Skip(3).Any(argument => !string.IsNullOrEmpty(argument!.GetValue<string>()));

    private static bool Is<T>(JsonArray arguments, int index) =>
        index < arguments.Count && arguments[index] is JsonValue value && value.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => typeof(T) == typeof(string),
            System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => typeof(T) == typeof(bool),
            _ => false,
        };

    private static bool IsString(JsonNode? node) => node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String;

    private static byte[]? Base64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
