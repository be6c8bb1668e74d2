using Idocs.Web.Api.Problems;

namespace Idocs.Web.Gateway;

/// <summary>
/// Rejects an oversized request with a 413 problem that names the limit. A declared
/// <c>Content-Length</c> is checked before the body is read. Kestrel stops a chunked body that grows
/// past the limit, and its empty 413 gets the same problem here when the response has not started.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, long maxBodyBytes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (context.Request.ContentLength > maxBodyBytes)
        {
            await TooLarge(context.Request.ContentLength.Value).ExecuteAsync(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await TooLarge(null).ExecuteAsync(context);
            return;
        }

        if (context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await TooLarge(null).ExecuteAsync(context);
        }
    }

    private Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(long? declared) =>
        ApiResults.Problem(
            StatusCodes.Status413PayloadTooLarge,
            GatewayErrorCodes.RequestTooLarge,
            declared is { } size
                ? $"The request body is {size} bytes, above the limit of {maxBodyBytes} bytes; upload files of at most {maxBodyBytes - RequestBodyLimits.FormEnvelopeBytes} bytes."
                : $"The request body is above the limit of {maxBodyBytes} bytes; upload files of at most {maxBodyBytes - RequestBodyLimits.FormEnvelopeBytes} bytes.");
}
