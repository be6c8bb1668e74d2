using System.Text.Json;
using Idocs.Documents.Passport;

namespace Idocs.Documents.Flow;

/// <summary>
/// Finds the route instance of a document. The route start is a passport event whose payload names
/// the instance, so the passport is the one place that records which route a document runs.
/// </summary>
public static class DocumentRouteLink
{
    public const string InstanceProperty = "routeInstanceId";

    public const string SentDocumentProperty = "sentDocument";

    public static string StartPayload(Guid instanceId, string definitionId, int definitionVersion) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            [InstanceProperty] = instanceId,
            ["definitionId"] = definitionId,
            ["definitionVersion"] = definitionVersion,
        });

    /// <summary>Returns the instance of the latest route start, or null when no route was started.</summary>
    public static Guid? FindInstanceId(IReadOnlyList<PassportEvent> events) =>
        FindGuid(events, PassportEventType.RouteChanged, InstanceProperty, latest: true);

    /// <summary>Returns the sent document an incoming copy was made from, or null for other documents.</summary>
    public static Guid? FindSentDocumentId(IReadOnlyList<PassportEvent> events) =>
        FindGuid(events, PassportEventType.Delivered, SentDocumentProperty, latest: false);

    private static Guid? FindGuid(IReadOnlyList<PassportEvent> events, PassportEventType type, string property, bool latest)
    {
        ArgumentNullException.ThrowIfNull(events);
        var candidates = events.Where(passportEvent => passportEvent.Type == type);
        foreach (var passportEvent in latest ? candidates.Reverse() : candidates)
        {
            using var payload = JsonDocument.Parse(passportEvent.PayloadJson);
            if (payload.RootElement.ValueKind == JsonValueKind.Object
                && payload.RootElement.TryGetProperty(property, out var value)
                && value.TryGetGuid(out var id))
            {
                return id;
            }
        }

        return null;
    }
}
