using Idocs.Common.Results;

namespace Idocs.Storage.Persistence;

/// <summary>
/// Error codes for database failures a caller is expected to handle. <see cref="StorageErrorTranslator"/>
/// is the only place that maps provider errors to these codes.
/// </summary>
public static class StorageErrorCodes
{
    /// <summary>
    /// A row with the same key or unique value already exists (PostgreSQL 23505, SQLite unique or
    /// primary key constraint). The caller reports a duplicate or reads the existing row.
    /// </summary>
    public const string UniqueViolation = "storage.unique_violation";

    /// <summary>
    /// A row references a row that does not exist or is still referenced (PostgreSQL 23503, SQLite
    /// foreign key constraint).
    /// </summary>
    public const string ForeignKeyViolation = "storage.foreign_key_violation";

    /// <summary>
    /// A serializable transaction could not be ordered with a concurrent one (PostgreSQL 40001).
    /// Nothing was written; the caller retries the whole transaction.
    /// </summary>
    public const string SerializationFailure = "storage.serialization_failure";

    /// <summary>
    /// The database chose this transaction as the victim of a deadlock (PostgreSQL 40P01).
    /// Nothing was written; the caller retries the whole transaction.
    /// </summary>
    public const string Deadlock = "storage.deadlock";

    /// <summary>
    /// A lock was not granted in time (PostgreSQL 55P03 under <c>lock_timeout</c> or <c>NOWAIT</c>,
    /// SQLite busy or locked after the busy timeout). The caller retries later.
    /// </summary>
    public const string LockTimeout = "storage.lock_timeout";

    /// <summary>
    /// Someone else saved the entity since it was read, so its concurrency version no longer matches.
    /// The same code as <see cref="CommonErrorCodes.ConcurrencyConflict"/>.
    /// </summary>
    public const string ConcurrencyConflict = CommonErrorCodes.ConcurrencyConflict;
}
