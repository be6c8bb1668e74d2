using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Persistence;

public sealed class PostgreSqlConcurrencyVersionTests(PostgreSqlDatabaseFixture database)
    : ConcurrencyVersionTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
