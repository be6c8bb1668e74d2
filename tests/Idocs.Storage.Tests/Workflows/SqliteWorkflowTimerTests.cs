using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Workflows;

public sealed class SqliteWorkflowTimerTests(SqliteDatabaseFixture database)
    : WorkflowTimerTests(database), IClassFixture<SqliteDatabaseFixture>;
