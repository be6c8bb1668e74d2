using System.Globalization;

namespace Idocs.Documents.Integrations.OneC;

/// <summary>
/// A document's place in the change feed: the time of its last stored change and its id, which
/// breaks ties. <see cref="ToCursor"/> is the opaque cursor the 1C module sends back.
/// </summary>
public sealed record OneCChangePosition(DateTimeOffset ChangedAt, Guid DocumentId)
{
    public string ToCursor() =>
        string.Create(CultureInfo.InvariantCulture, $"{ChangedAt.UtcTicks}-{DocumentId:N}");

    /// <summary>Reads a cursor made by <see cref="ToCursor"/>; returns false for anything else.</summary>
    public static bool TryParse(string? cursor, out OneCChangePosition? position)
    {
        position = null;
        var parts = cursor?.Split('-') ?? [];
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !Guid.TryParseExact(parts[1], "N", out var documentId))
        {
            return false;
        }

        position = new OneCChangePosition(new DateTimeOffset(ticks, TimeSpan.Zero), documentId);
        return true;
    }
}
