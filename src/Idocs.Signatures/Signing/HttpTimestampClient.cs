using Idocs.Common.Results;
using Idocs.Signatures.Digests;
using Idocs.Signatures.Timestamps;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace Idocs.Signatures.Signing;

/// <summary>
/// Asks an RFC 3161 timestamp authority over HTTP for a token over a signature value, for
/// <see cref="Cms.CadesSignOptions.TimestampProvider"/>.
/// </summary>
public sealed class HttpTimestampClient(HttpClient httpClient, Uri tsaUrl)
{
    public const int MaxResponseBytes = 1024 * 1024;

    private static readonly SecureRandom Random = new();

    /// <summary>Returns the token (DER ContentInfo) or why the TSA gave none.</summary>
    public Result<byte[]> RequestToken(byte[] signatureValue)
    {
        ArgumentNullException.ThrowIfNull(signatureValue);
        var request = TimestampProtocol.CreateRequest(DigestAlgorithm.Sha256, signatureValue, new BigInteger(63, Random));
        using var message = new HttpRequestMessage(HttpMethod.Post, tsaUrl)
        {
            Content = new ByteArrayContent(request),
        };
        message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/timestamp-query");
        try
        {
            using var response = httpClient.Send(message);
            if (!response.IsSuccessStatusCode)
            {
                return Result<byte[]>.Failure(
                    SigningErrorCodes.TsaUnavailable,
                    $"The TSA at {tsaUrl} answered HTTP {(int)response.StatusCode}; check the --tsa URL.");
            }

            using var body = response.Content.ReadAsStream();
            using var buffer = new MemoryStream();
            var chunk = new byte[8192];
            int read;
            while ((read = body.Read(chunk)) > 0)
            {
                if (buffer.Length + read > MaxResponseBytes)
                {
                    return Result<byte[]>.Failure(SigningErrorCodes.TsaUnavailable, $"The TSA at {tsaUrl} sent more than {MaxResponseBytes} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            return TimestampProtocol.ReadResponse(buffer.ToArray());
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            return Result<byte[]>.Failure(SigningErrorCodes.TsaUnavailable, $"The TSA at {tsaUrl} could not be reached: {exception.Message}");
        }
    }
}
