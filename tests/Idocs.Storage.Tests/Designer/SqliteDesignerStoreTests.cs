using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Designer;

public sealed class SqliteDesignerStoreTests(SqliteDatabaseFixture database)
    : DesignerStoreTests(database), IClassFixture<SqliteDatabaseFixture>;
