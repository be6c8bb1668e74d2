using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Outbox;

public sealed class SqliteOutboxDispatcherTests(SqliteDatabaseFixture database)
    : OutboxDispatcherTests(database), IClassFixture<SqliteDatabaseFixture>;
