using Idocs.Storage.Integrations;
using Idocs.Web.Api.Idempotency;
using Idocs.Web.Api.Reference;
using Idocs.Web.Api.Tokens;

namespace Idocs.Web.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers what every <c>/api/v1</c> endpoint relies on: API token authentication, the call
    /// audit, idempotency keys (<c>Api:Idempotency</c> section), webhooks and the OpenAPI document.
    /// </summary>
    public static IServiceCollection AddIdocsApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddIdocsIntegrationsStorage(configuration);
        services.AddIdocsApiAuthentication();
        services.AddOptions<IdempotencyOptions>()
            .Bind(configuration.GetSection(IdempotencyOptions.SectionName))
            .Validate(options => options.Lifetime > TimeSpan.Zero && options.PurgeInterval > TimeSpan.Zero,
                "Api:Idempotency:Lifetime and PurgeInterval must be above zero, for example 1.00:00:00 and 01:00:00.")
            .ValidateOnStart();
        services.AddHostedService<IdempotencyPurgeService>();
        services.AddIdocsOpenApi();
        return services;
    }

    /// <summary>
    /// Adds authentication, authorization and the token call audit, and lets the idempotency filter
    /// read the body of state-changing API requests that carry an idempotency key.
    /// </summary>
    public static WebApplication UseIdocsApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.Use(static (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(ApiRoutes.Prefix)
                && context.Request.Headers.ContainsKey(IdempotencyFilter.HeaderName))
            {
                context.Request.EnableBuffering();
            }

            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(ApiRoutes.Prefix),
            api => api.UseMiddleware<ApiCallAuditMiddleware>());
        return app;
    }
}
