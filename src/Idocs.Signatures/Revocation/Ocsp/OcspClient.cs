using System.Net.Http.Headers;
using Idocs.Common.Results;

namespace Idocs.Signatures.Revocation.Ocsp;

/// <summary>Sends a DER OCSP request by HTTP POST (RFC 6960 appendix A) with a time limit.</summary>
public sealed class OcspClient(HttpClient httpClient, OcspOptions options)
{
    /// <summary>Largest response accepted; NCA responses are a few kilobytes.</summary>
    public const int MaxResponseBytes = 1024 * 1024;

    public async Task<Result<byte[]>> SendAsync(Uri responder, byte[] request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responder);
        ArgumentNullException.ThrowIfNull(request);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var content = new ByteArrayContent(request);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/ocsp-request");
            using var response = await httpClient.PostAsync(responder, content, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return Result<byte[]>.Failure(OcspErrorCodes.Unreachable, $"OCSP responder {responder} returned HTTP {(int)response.StatusCode}");
            }

            if (response.Content.Headers.ContentLength > MaxResponseBytes)
            {
                return Result<byte[]>.Failure(OcspErrorCodes.Malformed, $"OCSP responder {responder} sent more than {MaxResponseBytes} bytes");
            }

            var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                var chunk = new byte[16 * 1024];
                int read;
                while ((read = await stream.ReadAsync(chunk, timeout.Token).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > MaxResponseBytes)
                    {
                        return Result<byte[]>.Failure(OcspErrorCodes.Malformed, $"OCSP responder {responder} sent more than {MaxResponseBytes} bytes");
                    }

                    buffer.Write(chunk, 0, read);
                }

                return buffer.ToArray();
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Result<byte[]>.Failure(OcspErrorCodes.Timeout, $"OCSP responder {responder} timed out after {options.RequestTimeout.TotalSeconds} s");
        }
        catch (HttpRequestException exception)
        {
            return Result<byte[]>.Failure(OcspErrorCodes.Unreachable, $"OCSP responder {responder} is unreachable: {exception.Message}");
        }
    }
}
