using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Designer;

public sealed class PostgreSqlDesignerStoreTests(PostgreSqlDatabaseFixture database)
    : DesignerStoreTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
