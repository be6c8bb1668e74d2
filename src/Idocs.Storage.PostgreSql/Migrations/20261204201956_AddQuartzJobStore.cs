using Idocs.Storage.PostgreSql.Scheduling;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Idocs.Storage.PostgreSql.Migrations;

/// <summary>
/// Creates the Quartz.NET job store tables used by the clustered scheduler. They are not part of the
/// EF model: only Quartz reads and writes them.
/// </summary>
public partial class AddQuartzJobStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(QuartzJobStoreSchema.CreateTables);
        migrationBuilder.Sql(QuartzJobStoreSchema.CreateIndexes);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(QuartzJobStoreSchema.DropTables);
    }
}
