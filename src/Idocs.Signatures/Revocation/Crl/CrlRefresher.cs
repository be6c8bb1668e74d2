using Microsoft.Extensions.Logging;

namespace Idocs.Signatures.Revocation.Crl;

/// <summary>
/// Downloads or reads every configured CRL, parses and indexes it once, and puts it into the
/// <see cref="CrlStore"/>. The host calls <see cref="RefreshAsync"/> every
/// <see cref="CrlOptions.RefreshInterval"/> (from a Quartz job or a timer). A source that fails
/// keeps its previous CRL, which ages out by its nextUpdate. Signatures are checked when a CRL is
/// used, against the issuer of the certificate in question, and the outcome is remembered.
/// </summary>
public sealed partial class CrlRefresher(HttpClient httpClient, CrlStore store, CrlOptions options, ILogger<CrlRefresher> logger)
{
    /// <summary>Refreshes every source; returns how many were loaded and which failed with what reason.</summary>
    public async Task<CrlRefreshReport> RefreshAsync(CancellationToken cancellationToken)
    {
        var loaded = 0;
        var failures = new Dictionary<string, string>();
        foreach (var source in options.Sources)
        {
            var bytes = await ReadAsync(source, cancellationToken).ConfigureAwait(false);
            if (bytes.Error is not null)
            {
                failures[source] = bytes.Error;
                LogFailure(logger, source, bytes.Error);
                continue;
            }

            var parsed = IndexedCrl.Parse(bytes.Data!, source);
            if (!parsed.IsSuccess)
            {
                failures[source] = parsed.Error.Message;
                LogFailure(logger, source, parsed.Error.Message);
                continue;
            }

            store.Put(source, parsed.Value);
            loaded++;
            LogLoaded(logger, source, parsed.Value.EntryCount);
        }

        return new CrlRefreshReport(loaded, failures);
    }

    private async Task<(byte[]? Data, string? Error)> ReadAsync(string source, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            if (!File.Exists(source))
            {
                return (null, $"CRL file '{source}' was not found");
            }

            return new FileInfo(source).Length > options.MaxCrlBytes
                ? (null, $"CRL file '{source}' is larger than {options.MaxCrlBytes} bytes")
                : (await File.ReadAllBytesAsync(source, cancellationToken).ConfigureAwait(false), null);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.DownloadTimeout);
        try
        {
            using var response = await httpClient.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"HTTP {(int)response.StatusCode}");
            }

            if (response.Content.Headers.ContentLength > options.MaxCrlBytes)
            {
                return (null, $"the CRL is larger than {options.MaxCrlBytes} bytes");
            }

            return (await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"timed out after {options.DownloadTimeout.TotalSeconds} s");
        }
        catch (HttpRequestException exception)
        {
            return (null, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded CRL from {CrlSource} with {EntryCount} entries")]
    private static partial void LogLoaded(ILogger logger, string crlSource, int entryCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh CRL from {CrlSource}: {Reason}")]
    private static partial void LogFailure(ILogger logger, string crlSource, string reason);
}
