using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Workflows;

public sealed class SqliteWorkflowStoreTests(SqliteDatabaseFixture database)
    : WorkflowStoreTests(database), IClassFixture<SqliteDatabaseFixture>;
