using System.Globalization;
using System.Threading.RateLimiting;
using Idocs.PrintForms;
using Idocs.PrintForms.Retention;
using Idocs.Storage.Exports;
using Idocs.Web.Exports;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Verification;

public static class EvidenceServiceCollectionExtensions
{
    /// <summary>The rate limiting policy of the public verification page and API.</summary>
    public const string RateLimitPolicy = "public-verification";

    /// <summary>
    /// Registers print forms, archives, bulk exports with their worker, retention and the public
    /// verification checks, bound to the <c>PrintForms</c>, <c>Exports</c>, <c>Retention</c> and
    /// <c>Verification</c> sections, and the rate limiter
    /// that allows each client address <see cref="VerificationOptions.PermitLimit"/> requests per window.
    /// </summary>
    public static IServiceCollection AddIdocsEvidence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddPrintForms();
        services.AddDocumentArchives();
        services.AddIdocsExportStorage(configuration);
        services.AddHostedService<CompanyExportWorker>();
        services.Configure<PrintFormOptions>(configuration.GetSection(PrintFormOptions.SectionName));
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.SectionName));
        services.AddOptions<VerificationOptions>()
            .Bind(configuration.GetSection(VerificationOptions.SectionName))
            .Validate(
                options => options.PermitLimit > 0 && options.WindowSeconds > 0 && options.MaxFileBytes > 0 && options.MaxSignatureBytes > 0,
                "Verification:PermitLimit, WindowSeconds, MaxFileBytes and MaxSignatureBytes must all be positive.")
            .ValidateOnStart();

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<VerificationOptions>>().Value;

                // Behind a proxy this is the proxy's address unless forwarded headers are configured.
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}
