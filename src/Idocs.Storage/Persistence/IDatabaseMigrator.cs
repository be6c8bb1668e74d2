namespace Idocs.Storage.Persistence;

/// <summary>Applies pending schema migrations of the configured provider.</summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}
