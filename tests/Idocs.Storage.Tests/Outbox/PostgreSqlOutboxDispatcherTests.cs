using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Outbox;

public sealed class PostgreSqlOutboxDispatcherTests(PostgreSqlDatabaseFixture database)
    : OutboxDispatcherTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
