using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Documents;

public sealed class SqliteDocumentStorageTests(SqliteDatabaseFixture database)
    : DocumentStorageTests(database), IClassFixture<SqliteDatabaseFixture>;
