using Idocs.Common.Results;

namespace Idocs.PrintForms.Sections;

/// <summary>Validated renderer settings: the base URL, the QR code size and the display time zone.</summary>
internal sealed record RenderSettings(Uri VerificationBaseUrl, double QrCodeSizeMillimetres, TimeZoneInfo Zone)
{
    // At 15 mm a version 7 code (53 modules with its quiet zone, the size our links need) has
    // modules of about 0.28 mm, which is an estimated lower bound for phone cameras, not a
    // measured one. Above 60 mm the code leaves the signature's field values too narrow.
    public const double MinQrSizeMillimetres = 15;
    public const double MaxQrSizeMillimetres = 60;

    public static Result<RenderSettings> From(PrintFormOptions options)
    {
        if (options.VerificationBaseUrl is not { IsAbsoluteUri: true } baseUrl || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            return Result<RenderSettings>.Failure(
                PrintFormErrorCodes.InvalidOptions,
                $"PrintForms:VerificationBaseUrl '{options.VerificationBaseUrl}' is not an absolute http(s) address; set it to the public site, for example https://idocs.kz.");
        }

        if (options.QrCodeSizeMillimetres is < MinQrSizeMillimetres or > MaxQrSizeMillimetres || double.IsNaN(options.QrCodeSizeMillimetres))
        {
            return Result<RenderSettings>.Failure(
                PrintFormErrorCodes.InvalidOptions,
                $"PrintForms:QrCodeSizeMillimetres {options.QrCodeSizeMillimetres} is out of range: use {MinQrSizeMillimetres} to {MaxQrSizeMillimetres}.");
        }

        var zone = ResolveZone(options);
        return zone.IsSuccess
            ? new RenderSettings(baseUrl, options.QrCodeSizeMillimetres, zone.Value)
            : Result<RenderSettings>.Failure(zone.Error);
    }

    public static Result<TimeZoneInfo> ResolveZone(PrintFormOptions options)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(options.DisplayTimeZoneId);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return Result<TimeZoneInfo>.Failure(
                PrintFormErrorCodes.InvalidOptions,
                $"PrintForms:DisplayTimeZoneId '{options.DisplayTimeZoneId}' is not a time zone on this host: use an IANA id such as Asia/Almaty, or UTC.");
        }
    }
}
