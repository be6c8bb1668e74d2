using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Documents.Search;

public sealed class SqliteDocumentSearchTests(SqliteDatabaseFixture database)
    : DocumentSearchTests(database), IClassFixture<SqliteDatabaseFixture>;
