using System.Text.Json;
using Idocs.Storage.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Idocs.Web.Health;

/// <summary>
/// <c>/health/live</c> returns 200 while the process serves requests. <c>/health/ready</c> returns
/// 200 only when the database and the file store respond, and 503 otherwise.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    private const string ReadyTag = "ready";

    /// <summary>Longest time one readiness check may take before it counts as failed.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddIdocsHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<IdocsDbContext>("database", tags: [ReadyTag])
            .AddCheck<FileStoreHealthCheck>("file-store", tags: [ReadyTag]);

        services.Configure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations)
            {
                registration.Timeout = CheckTimeout;
            }
        });
        return services;
    }

    public static WebApplication MapIdocsHealthChecks(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = WriteReportAsync,
        });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReportAsync,
        });
        return app;
    }

    /// <summary>
    /// Writes each check's status without its description, because descriptions name folders and
    /// servers. The health check service logs the failure details.
    /// </summary>
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
