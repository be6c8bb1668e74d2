using System.Globalization;
using System.Resources;

namespace Idocs.Documents.Uploads;

/// <summary>
/// User messages for upload rejections, looked up by error code in the UploadMessages resources:
/// English in the neutral resources, Russian in the "ru" satellite.
/// </summary>
public static class UploadMessages
{
    private static readonly ResourceManager Resources =
        new("Idocs.Documents.Uploads.UploadMessages", typeof(UploadMessages).Assembly);

    /// <summary>Formats the message for <paramref name="rejection"/> in <paramref name="culture"/>.</summary>
    public static string Format(UploadRejection rejection, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        ArgumentNullException.ThrowIfNull(culture);

        var template = Get(rejection.Code, culture);
        var arguments = new object[rejection.Arguments.Count + 1];
        arguments[0] = rejection.Subject;
        for (var i = 0; i < rejection.Arguments.Count; i++)
        {
            arguments[i + 1] = rejection.Arguments[i] is ByteSize size ? size.Format(culture) : rejection.Arguments[i];
        }

        return string.Format(culture, template, arguments);
    }

    internal static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture)
        ?? throw new InvalidOperationException($"Upload message resource '{key}' is missing.");
}
