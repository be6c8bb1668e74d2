using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>Registers a handler that the outbox dispatcher calls for its message type.</summary>
    public static IServiceCollection AddOutboxHandler<THandler>(this IServiceCollection services)
        where THandler : class, IOutboxHandler
    {
        services.AddScoped<IOutboxHandler, THandler>();
        return services;
    }
}
