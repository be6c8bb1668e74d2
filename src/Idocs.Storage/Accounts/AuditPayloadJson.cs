using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using Idocs.Documents.Audit;

namespace Idocs.Storage.Accounts;

/// <summary>
/// Stores an <see cref="AuditPayload"/> as a JSON envelope <c>{"type", "schemaVersion", "data"}</c>,
/// so a reader knows which record and which version of its fields the data has. Payload types are
/// the non-abstract <see cref="AuditPayload"/> records of the accounts assembly, found by type name.
/// </summary>
internal static class AuditPayloadJson
{
    private static readonly FrozenDictionary<string, Type> PayloadTypes = typeof(AuditPayload).Assembly
        .GetTypes()
        .Where(type => !type.IsAbstract && typeof(AuditPayload).IsAssignableFrom(type))
        .ToFrozenDictionary(type => type.Name, StringComparer.Ordinal);

    public static string Serialize(AuditPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var envelope = new JsonObject
        {
            ["type"] = payload.GetType().Name,
            ["schemaVersion"] = payload.SchemaVersion,
            ["data"] = JsonSerializer.SerializeToNode(payload, payload.GetType(), AccountsJson.Options),
        };
        return envelope.ToJsonString(AccountsJson.Options);
    }

    public static AuditPayload Deserialize(string json)
    {
        var envelope = JsonNode.Parse(json)?.AsObject()
            ?? throw new InvalidOperationException("A stored audit payload is JSON null.");
        var typeName = envelope["type"]?.GetValue<string>()
            ?? throw new InvalidOperationException("A stored audit payload has no type name.");
        if (!PayloadTypes.TryGetValue(typeName, out var type))
        {
            throw new InvalidOperationException($"The stored audit payload type {typeName} is unknown to this version of Idocs.");
        }

        return (AuditPayload?)envelope["data"].Deserialize(type, AccountsJson.Options)
            ?? throw new InvalidOperationException($"A stored {typeName} audit payload has no data.");
    }
}
