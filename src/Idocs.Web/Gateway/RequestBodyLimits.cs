using Idocs.Documents.Uploads;

namespace Idocs.Web.Gateway;

/// <summary>
/// The largest request body Kestrel and the form reader accept: the largest upload
/// (<see cref="UploadLimits.MaxFileBytes"/> from the <c>Uploads</c> section) plus room for the
/// multipart boundaries, part headers and the other form fields sent with the file.
/// </summary>
public static class RequestBodyLimits
{
    public const long FormEnvelopeBytes = 1024 * 1024;

    public static long MaxRequestBodyBytes(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var uploads = configuration.GetSection("Uploads").Get<UploadLimits>() ?? new UploadLimits();
        return uploads.MaxFileBytes + FormEnvelopeBytes;
    }
}
