using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Scheduling;

public sealed class SqliteSchedulerTests(SqliteDatabaseFixture database)
    : SchedulerTests(database), IClassFixture<SqliteDatabaseFixture>
{
    protected override bool ExpectsClusteredPersistentStore => false;
}
