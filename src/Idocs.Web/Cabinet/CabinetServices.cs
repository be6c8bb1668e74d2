using Idocs.Documents.Tenancy;

namespace Idocs.Web.Cabinet;

/// <summary>
/// Runs one domain use case for a cabinet page in its own service scope, with the tenant set to the
/// user's profile. A circuit lives for as long as the tab stays open, so each call gets a fresh
/// scope and database context instead of sharing the circuit's.
/// </summary>
public sealed class CabinetServices(IServiceScopeFactory scopes)
{
    /// <summary>Whether this host registers <typeparamref name="TUseCase"/>, so a page can say so instead of failing.</summary>
    public bool IsAvailable<TUseCase>()
        where TUseCase : class
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(TUseCase)) == true;
    }

    /// <summary>Resolves <typeparamref name="TUseCase"/> in a new scope and runs <paramref name="action"/> with it.</summary>
    public async Task<TResult> RunAsync<TUseCase, TResult>(CabinetUser user, Func<TUseCase, Task<TResult>> action)
        where TUseCase : class
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(action);

        await using var scope = scopes.CreateAsyncScope();
        var useCase = scope.ServiceProvider.GetRequiredService<TUseCase>();
        scope.ServiceProvider.GetService<TenantContext>()?.Set(user.ProfileId);
        return await action(useCase);
    }
}
