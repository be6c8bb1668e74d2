namespace Idocs.Storage;

/// <summary>
/// Storage settings, bound from the <c>Storage</c> configuration section
/// (environment variables <c>Storage__Provider</c>, <c>Storage__ConnectionString</c>, ...).
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Relational provider: <see cref="DatabaseProvider.Sqlite"/> (default) or PostgreSql.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// ADO.NET connection string. Empty with SQLite means <c>Data Source=./data/idocs.db</c>
    /// under <see cref="DataDirectory"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite file and the folder file store; relative paths start at the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>File store: <see cref="FileStoreKind.Folder"/> (default) or GridFs.</summary>
    public FileStoreKind FileStore { get; set; } = FileStoreKind.Folder;

    /// <summary>MongoDB connection string for the GridFS file store, including the database name.</summary>
    public string? MongoConnectionString { get; set; }

    /// <summary>Largest file the store accepts, in bytes. Default 50 MiB.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Whether the application applies pending migrations when it starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
