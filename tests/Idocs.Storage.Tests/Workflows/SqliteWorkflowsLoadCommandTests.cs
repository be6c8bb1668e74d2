using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Workflows;

public sealed class SqliteWorkflowsLoadCommandTests(SqliteDatabaseFixture database)
    : WorkflowsLoadCommandTests(database), IClassFixture<SqliteDatabaseFixture>;
