using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Workflows;

public sealed class PostgreSqlWorkflowsLoadCommandTests(PostgreSqlDatabaseFixture database)
    : WorkflowsLoadCommandTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
