using Idocs.Common.Results;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Idocs.Web.Api.Documents;

/// <summary>Reads an upload's multipart form within <see cref="DocumentsApi.MaxUploadRequestBytes"/>, or returns the problem that explains why it cannot.</summary>
internal static class MultipartUpload
{
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadAsync(HttpContext context, string fileField, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return (null, DocumentProblems.From(new(CommonErrorCodes.InvalidInput, $"Send the upload as multipart/form-data with a '{fileField}' field.")));
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = DocumentsApi.MaxUploadRequestBytes;
        }

        try
        {
            var form = await context.Request.ReadFormAsync(
                new FormOptions { MultipartBodyLengthLimit = DocumentsApi.MaxUploadRequestBytes, ValueCountLimit = 64 }, cancellationToken);
            return (form, null);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return (null, TypedResults.Problem(
                detail: $"The upload is larger than {DocumentsApi.MaxUploadRequestBytes / (1024 * 1024)} MB or is not a valid multipart form; send smaller files or fewer at once.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "uploads.request_too_large",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = "uploads.request_too_large" }));
        }
    }
}
