using Idocs.Testing.Databases;

namespace Idocs.Storage.Tests.Documents.Search;

public sealed class PostgreSqlDocumentSearchTests(PostgreSqlDatabaseFixture database)
    : DocumentSearchTests(database), IClassFixture<PostgreSqlDatabaseFixture>;
