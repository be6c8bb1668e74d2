using System.Diagnostics.CodeAnalysis;
using Idocs.Common.Results;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Idocs.Storage.Persistence;

/// <summary>
/// The one place that turns PostgreSQL and SQLite errors into <see cref="StorageErrorCodes"/>.
/// Errors it does not recognise stay exceptions: they are bugs or infrastructure faults.
/// </summary>
public static class StorageErrorTranslator
{
    // PostgreSQL SQLSTATE values, from the PostgreSQL 15 manual, appendix A "Error Codes".
    private const string PostgresUniqueViolation = "23505";
    private const string PostgresForeignKeyViolation = "23503";
    private const string PostgresSerializationFailure = "40001";
    private const string PostgresDeadlockDetected = "40P01";
    private const string PostgresLockNotAvailable = "55P03";

    // SQLite primary and extended result codes, from sqlite.org/rescode.html.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>
    /// Maps <paramref name="exception"/>, or the provider exception inside it, to a storage error.
    /// Returns false when the exception is not an expected database failure.
    /// </summary>
    public static bool TryTranslate(Exception exception, [NotNullWhen(true)] out Error? error)
    {
        ArgumentNullException.ThrowIfNull(exception);

        error = exception switch
        {
            DbUpdateConcurrencyException => new Error(
                StorageErrorCodes.ConcurrencyConflict,
                "The entity was changed by someone else after it was read. Reload it and apply the change again."),
            _ => FindProviderError(exception),
        };
        return error is not null;
    }

    /// <summary>
    /// Runs a database operation and returns its expected failures as results; other exceptions propagate.
    /// </summary>
    public static async Task<Result> RunAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);

        try
        {
            await operation(cancellationToken);
            return Result.Success();
        }
        catch (Exception exception) when (TryTranslate(exception, out var error))
        {
            return Result.Failure(error);
        }
    }

    private static Error? FindProviderError(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var error = current switch
            {
                PostgresException postgres => FromPostgres(postgres),
                SqliteException sqlite => FromSqlite(sqlite),
                _ => null,
            };
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static Error? FromPostgres(PostgresException exception) => exception.SqlState switch
    {
        PostgresUniqueViolation => new Error(
            StorageErrorCodes.UniqueViolation,
            $"A row with the same value already exists (constraint {exception.ConstraintName} on table {exception.TableName})."),
        PostgresForeignKeyViolation => new Error(
            StorageErrorCodes.ForeignKeyViolation,
            $"The row references a missing row or is still referenced (constraint {exception.ConstraintName} on table {exception.TableName})."),
        PostgresSerializationFailure => new Error(
            StorageErrorCodes.SerializationFailure,
            "The transaction conflicted with a concurrent transaction and was rolled back. Retry it."),
        PostgresDeadlockDetected => new Error(
            StorageErrorCodes.Deadlock,
            "The transaction was rolled back to resolve a deadlock with a concurrent transaction. Retry it."),
        PostgresLockNotAvailable => new Error(
            StorageErrorCodes.LockTimeout,
            "A row or table lock was not granted in time because another transaction holds it. Retry later."),
        _ => null,
    };

    private static Error? FromSqlite(SqliteException exception)
    {
        if (exception.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey)
        {
            return new Error(
                StorageErrorCodes.UniqueViolation,
                $"A row with the same value already exists ({exception.Message}).");
        }

        if (exception.SqliteExtendedErrorCode == SqliteConstraintForeignKey)
        {
            return new Error(
                StorageErrorCodes.ForeignKeyViolation,
                "The row references a missing row or is still referenced.");
        }

        return exception.SqliteErrorCode switch
        {
            SqliteBusy or SqliteLocked => new Error(
                StorageErrorCodes.LockTimeout,
                "The SQLite database stayed locked by another connection for longer than the busy timeout. Retry later."),
            _ => null,
        };
    }
}
