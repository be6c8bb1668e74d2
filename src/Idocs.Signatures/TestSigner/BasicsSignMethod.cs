using System.Text;
using System.Text.Json.Nodes;

namespace Idocs.Signatures.TestSigner;

/// <summary>
/// <c>kz.gov.pki.knca.basics</c> <c>sign</c>: CMS over base64 bytes, text or a digest, and
/// enveloped XMLDSig, for one item or an array of items.
/// </summary>
// NOTE: tsaProfile is accepted but no timestamp is added (the test signer has no TSA); the
// signerParams filters iin, bin, serialNumber and chain are not applied, and the key is offered
// whatever allowedStorages lists, so a page that requests only hardware tokens still gets it.
internal sealed class BasicsSignMethod(TestSignerKey key, bool simulateCancel)
{
    public string Sign(JsonNode? args)
    {
        if (args is not JsonObject request)
        {
            return NcaLayerResponses.BasicsError("org.json.JSONException: JSONObject[\"args\"] is not a JSONObject.");
        }

        if (request["signingParams"] is not (null or JsonObject) || request["signerParams"] is not (null or JsonObject))
        {
            var name = request["signingParams"] is not (null or JsonObject) ? "signingParams" : "signerParams";
            return NcaLayerResponses.BasicsError($"org.json.JSONException: JSONObject[\"{name}\"] is not a JSONObject.");
        }

        var format = Text(request["format"]);
        if (format is not ("cms" or "xml"))
        {
            return NcaLayerResponses.BasicsError($"Unsupported format '{format}'. Use \"cms\" or \"xml\".");
        }

        var items = Items(request["data"]);
        if (items is null)
        {
            return NcaLayerResponses.BasicsError("\"data\" must be a string or a non-empty array of strings.");
        }

        if (simulateCancel || !key.HasExtendedKeyUsages(ExtendedKeyUsages(request["signerParams"])))
        {
            // With no matching key in the dialog the user can only close it.
            return NcaLayerResponses.BasicsCanceled();
        }

        var signingParams = request["signingParams"] as JsonObject;
        var results = new JsonArray();
        foreach (var item in items)
        {
            var signed = format == "xml" ? SignXml(item) : SignCms(item, signingParams);
            if (signed.Error is not null)
            {
                return NcaLayerResponses.BasicsError(signed.Error);
            }

            results.Add(signed.Value);
        }

        // NCALayer returns XML results as an array even for one item, CMS results as given.
        return NcaLayerResponses.BasicsSuccess(format == "cms" && request["data"] is JsonValue ? results[0]!.DeepClone() : results);
    }

    private (string? Value, string? Error) SignXml(string xml)
    {
        var signed = key.SignXml(xml);
        return signed.IsSuccess ? (signed.Value, null) : (null, signed.Error.Message);
    }

    private (string? Value, string? Error) SignCms(string data, JsonObject? signingParams)
    {
        var decode = Flag(signingParams, "decode", defaultValue: true);
        var encapsulate = Flag(signingParams, "encapsulate", defaultValue: false);
        var digested = Flag(signingParams, "digested", defaultValue: false);
        byte[] bytes;
        if (decode)
        {
            bytes = new byte[data.Length];
            if (!Convert.TryFromBase64String(data, bytes, out var written))
            {
                return (null, "\"data\" is not base64 although signingParams.decode is true.");
            }

            bytes = bytes[..written];
        }
        else
        {
            bytes = Encoding.UTF8.GetBytes(data);
        }

        if (digested && bytes.Length == 0)
        {
            return (null, "\"data\" holds an empty digest.");
        }

        var cms = digested ? key.SignCmsOverDigest(bytes) : key.SignCms(bytes, encapsulate);
        return (TestSignerKey.Pem("CMS", cms), null);
    }

    private static List<string>? Items(JsonNode? data)
    {
        if (data is JsonValue value)
        {
            return Text(value) is { } single ? [single] : null;
        }

        if (data is not JsonArray array || array.Count == 0)
        {
            return null;
        }

        var items = array.Select(Text).ToList();
        return items.Any(item => item is null) ? null : items.OfType<string>().ToList();
    }

    private static IEnumerable<string> ExtendedKeyUsages(JsonNode? signerParams) =>
        (signerParams as JsonObject)?["extKeyUsageOids"] is JsonArray oids ? oids.Select(Text).OfType<string>() : [];

    private static bool Flag(JsonObject? parameters, string name, bool defaultValue) =>
        parameters?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : defaultValue;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
