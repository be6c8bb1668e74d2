using Idocs.Common.Results;
using Idocs.PrintForms.Evidence;
using Idocs.PrintForms.Verification;
using Idocs.Web.Verification;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Api.Verification;

/// <summary>
/// <c>/api/v1/verify/{id}</c>: the public verification page's checks as JSON, open without login
/// and rate limited per client address. The id is the one in a print form's QR code. Bodies use
/// the archive's JSON form (enums as names), so a report here reads like one in an archive.
/// </summary>
public static class VerificationApi
{
    private const string FormField = "file";

    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);

        var options = ((IEndpointRouteBuilder)v1).ServiceProvider.GetRequiredService<IOptions<VerificationOptions>>().Value;

        // The form adds a little around the file, so the body limit leaves room for it.
        var bodyLimit = Math.Max(options.MaxFileBytes, options.MaxSignatureBytes) + (64 * 1024);
        var group = v1.MapGroup("/verify")
            .WithTags("Verification")
            .AllowAnonymous()
            .RequireRateLimiting(EvidenceServiceCollectionExtensions.RateLimitPolicy)

            // Nothing here acts for a signed-in user, so a forged cross-site request gains nothing.
            .DisableAntiforgery();

        group.MapGet("/{id}", DescribeAsync)
            .WithName("VerifyDescribe")
            .Produces<PublicDocumentView>(StatusCodes.Status200OK)
            .WithSummary("Returns the document's title, parties, files' SHA-256 and its signatures with their status.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/{id}/file", CheckFileAsync)
            .WithName("VerifyFile")
            .Produces<FileCheckResult>(StatusCodes.Status200OK)
            .WithSummary("Tells whether the uploaded file (form field 'file') is exactly one of the document's signed files, by SHA-256.")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(bodyLimit))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/{id}/signature", CheckSignatureAsync)
            .WithName("VerifySignature")
            .Produces<SignatureCheckResult>(StatusCodes.Status200OK)
            .WithSummary("Validates the uploaded CMS (.p7s) or signed XML (form field 'file') against the document's stored original.")
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(bodyLimit))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    public static async Task<Results<JsonHttpResult<PublicDocumentView>, ProblemHttpResult>> DescribeAsync(
        string id, PublicVerification verification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verification);
        var view = await verification.DescribeAsync(id, cancellationToken);
        return view.IsSuccess ? TypedResults.Json(view.Value, ReportJson.Options) : Problem(view.Error);
    }

    public static async Task<Results<JsonHttpResult<FileCheckResult>, ProblemHttpResult>> CheckFileAsync(
        string id, HttpRequest request, PublicVerification verification, IOptions<VerificationOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verification);
        ArgumentNullException.ThrowIfNull(options);
        var file = await ReadFormFileAsync(request, cancellationToken);
        if (!file.IsSuccess)
        {
            return Problem(file.Error);
        }

        await using var upload = file.Value.OpenReadStream();
        var result = await verification.CheckFileAsync(id, upload, options.Value.MaxFileBytes, cancellationToken);
        return result.IsSuccess ? TypedResults.Json(result.Value, ReportJson.Options) : Problem(result.Error);
    }

    public static async Task<Results<JsonHttpResult<SignatureCheckResult>, ProblemHttpResult>> CheckSignatureAsync(
        string id, HttpRequest request, PublicVerification verification, IOptions<VerificationOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verification);
        ArgumentNullException.ThrowIfNull(options);
        var file = await ReadFormFileAsync(request, cancellationToken);
        if (!file.IsSuccess)
        {
            return Problem(file.Error);
        }

        await using var upload = file.Value.OpenReadStream();
        var result = await verification.CheckSignatureAsync(id, upload, options.Value.MaxSignatureBytes, cancellationToken);
        return result.IsSuccess ? TypedResults.Json(result.Value, ReportJson.Options) : Problem(result.Error);
    }

    /// <summary>Maps an error to RFC 9457 problem details with the stable code in the <c>code</c> member.</summary>
    public static ProblemHttpResult Problem(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = error.Code switch
        {
            CommonErrorCodes.NotFound => StatusCodes.Status404NotFound,
            VerificationErrorCodes.InvalidUpload => StatusCodes.Status400BadRequest,
            EvidenceErrorCodes.StoredFileMissing => StatusCodes.Status500InternalServerError,
            _ => StatusCodes.Status400BadRequest,
        };
        return TypedResults.Problem(
            detail: error.Message,
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
    }

    private static async Task<Result<IFormFile>> ReadFormFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return new Error(VerificationErrorCodes.InvalidUpload, $"Send the file as multipart/form-data in the form field '{FormField}'.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile(FormField);
        return file is null
            ? new Error(VerificationErrorCodes.InvalidUpload, $"The form has no file in the field '{FormField}'; attach the file to check.")
            : Result<IFormFile>.Success(file);
    }
}
