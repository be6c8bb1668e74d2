using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Documents;

public sealed class PostgreSqlDocumentStorageTests(PostgreSqlDatabaseFixture database)
    : DocumentStorageTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
