using Idocs.Common.Results;

namespace Idocs.Billing.Periods;

/// <summary>
/// Converts between instants and local calendar dates of a customer's time zone. Offsets come from
/// the operating system's time zone database (tzdata on Linux), so historical changes such as
/// Kazakhstan's move from UTC+6 to UTC+5 on 2024-03-01 apply to the instants they cover.
/// </summary>
public static class LocalCalendar
{
    /// <summary>The time zone customers get unless they choose another.</summary>
    public const string DefaultTimeZoneId = "Asia/Almaty";

    /// <summary>Returns the local calendar date of <paramref name="instant"/> in <paramref name="timeZone"/>.</summary>
    public static DateOnly DateAt(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime);
    }

    /// <summary>
    /// Returns the first instant of <paramref name="date"/> in <paramref name="timeZone"/>. When a
    /// clock change skips midnight, the day starts at the first local time that exists. When midnight
    /// occurs twice, the day starts at the earlier occurrence.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (timeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = timeZone.IsAmbiguousTime(local)
            ? timeZone.GetAmbiguousTimeOffsets(local).Max()
            : timeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>Finds a time zone by its IANA id, with an error naming the id when it is unknown.</summary>
    public static Result<TimeZoneInfo> FindTimeZone(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"The time zone is missing; give an IANA id such as {DefaultTimeZoneId}.");
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"The time zone '{timeZoneId}' is unknown; give an IANA id such as {DefaultTimeZoneId}.");
        }
        catch (InvalidTimeZoneException)
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"The time zone '{timeZoneId}' has invalid data on this server; choose another IANA id.");
        }
    }
}
