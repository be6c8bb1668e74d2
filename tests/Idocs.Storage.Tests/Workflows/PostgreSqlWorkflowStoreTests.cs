using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Workflows;

public sealed class PostgreSqlWorkflowStoreTests(PostgreSqlDatabaseFixture database)
    : WorkflowStoreTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
