using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Persistence;

public sealed class SqliteConcurrencyVersionTests(SqliteDatabaseFixture database)
    : ConcurrencyVersionTests(database), IClassFixture<SqliteDatabaseFixture>;
