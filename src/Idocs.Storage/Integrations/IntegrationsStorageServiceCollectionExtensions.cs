using Idocs.Documents.Flow;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Documents.Integrations.Idempotency;
using Idocs.Documents.Integrations.OneC;
using Idocs.Documents.Integrations.Webhooks;
using Idocs.Storage.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Integrations;

public static class IntegrationsStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the stores of API tokens, idempotency records and webhooks, the webhook publisher
    /// the document status events for webhooks, the 1C document queries and the outbox handler that delivers webhooks, with settings from the <c>Webhooks</c> section.
    /// </summary>
    public static IServiceCollection AddIdocsIntegrationsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.SectionName))
            .Validate(options => options.Timeout > TimeSpan.Zero, "Webhooks:Timeout must be above zero, for example 00:00:10.")
            .ValidateOnStart();
        services.AddScoped<IApiTokenStore, EntityFrameworkApiTokenStore>();
        services.AddScoped<IIdempotencyStore, EntityFrameworkIdempotencyStore>();
        services.AddScoped<IWebhookStore, EntityFrameworkWebhookStore>();
        services.AddScoped<IWebhookPublisher, OutboxWebhookPublisher>();
        services.AddScoped<IDocumentStatusEvents, WebhookDocumentStatusEvents>();
        services.AddScoped<IOneCDocumentQueries, EntityFrameworkOneCDocumentQueries>();
        services.AddScoped<IssueApiToken>();
        services.AddScoped<RevokeApiToken>();
        services.AddScoped<AuthenticateApiToken>();
        services.AddScoped<RegisterWebhook>();
        services.AddSingleton<WebhookHttpClient>();
        services.AddOutboxHandler<WebhookDeliveryHandler>();
        return services;
    }
}
