using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Scheduling;

public sealed class PostgreSqlSchedulerTests(PostgreSqlDatabaseFixture database)
    : SchedulerTests(database), IClassFixture<PostgreSqlDatabaseFixture>
{
    protected override bool ExpectsClusteredPersistentStore => true;
}
