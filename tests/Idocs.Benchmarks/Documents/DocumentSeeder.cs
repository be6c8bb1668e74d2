using System.Globalization;
using Idocs.Documents.Documents;
using Idocs.Documents.Routes;
using Idocs.Documents.Statuses;
using Idocs.Documents.Uploads;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Versioning;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Idocs.Benchmarks.Documents;

/// <summary>Seeds the documents table for the load program: half the rows in one profile, the rest spread over 19 others.</summary>
internal static class DocumentSeeder
{
    private const int OtherProfiles = 19;
    private const int Counterparties = 1000;

    private static readonly string[] Titles =
    [
        "Договор поставки", "Договор аренды склада", "Акт выполненных работ", "Счёт на оплату",
        "Дополнительное соглашение", "Акт сверки взаиморасчётов", "Приказ о командировке", "Служебная записка",
    ];

    private static readonly DocumentStatus[] OutgoingStatuses =
    [
        DocumentStatus.Draft, DocumentStatus.OnApproval, DocumentStatus.OnSigning, DocumentStatus.SignedAndSent,
        DocumentStatus.SignedByAllParties, DocumentStatus.SignedByAllParties, DocumentStatus.Rejected,
    ];

    private static readonly DocumentStatus[] IncomingStatuses =
        [DocumentStatus.Delivered, DocumentStatus.ViewedByCounterparty, DocumentStatus.SignedByAllParties, DocumentStatus.SignedByAllParties];

    private static readonly DocumentStatus[] InternalStatuses =
        [DocumentStatus.Draft, DocumentStatus.OnSigning, DocumentStatus.SignedByAllParties];

    /// <summary>A 12-digit identifier for counterparty <paramref name="index"/>; the load program does not need valid checksums.</summary>
    public static string Bin(int index) => (100_000_000_000L + index).ToString(CultureInfo.InvariantCulture);

    public static async Task<(Guid Largest, int LargestCount)> CopyAsync(string connectionString, int count)
    {
        var largest = Guid.NewGuid();
        var others = Enumerable.Range(0, OtherProfiles).Select(_ => Guid.NewGuid()).ToArray();
        var random = new Random(20261204);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var largestCount = 0;

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY documents (id, owner_profile_id, kind, number, date, title, title_key, author_id, status, created_at, updated_at, " +
            "amount, currency, counterparty_kind, counterparty_identifier, counterparty_name, counterparty_name_key, is_deleted, free_fields_json, version) " +
            "FROM STDIN (FORMAT BINARY)");
        for (var index = 0; index < count; index++)
        {
            var owner = index % 2 == 0 ? largest : others[random.Next(OtherProfiles)];
            largestCount += owner == largest ? 1 : 0;
            var kindRoll = random.Next(10);
            var kind = kindRoll switch
            {
                < 5 => DocumentKind.ExternalOutgoing,
                < 8 => DocumentKind.ExternalIncoming,
                _ => DocumentKind.Internal,
            };
            var statuses = kind switch
            {
                DocumentKind.ExternalOutgoing => OutgoingStatuses,
                DocumentKind.ExternalIncoming => IncomingStatuses,
                _ => InternalStatuses,
            };
            var createdAt = start.AddSeconds(index * 45.0);
            var title = $"{Titles[random.Next(Titles.Length)]} № {index.ToString(CultureInfo.InvariantCulture)}";
            var counterparty = random.Next(Counterparties);
            var prefix = kind switch { DocumentKind.ExternalOutgoing => "OUT", DocumentKind.ExternalIncoming => "IN", _ => "INT" };

            await writer.StartRowAsync();
            await writer.WriteAsync(Guid.CreateVersion7(createdAt), NpgsqlDbType.Uuid);
            await writer.WriteAsync(owner, NpgsqlDbType.Uuid);
            await writer.WriteAsync(kind.ToString(), NpgsqlDbType.Varchar);
            await writer.WriteAsync($"{prefix}-{index:D6}", NpgsqlDbType.Varchar);
            await writer.WriteAsync(DateOnly.FromDateTime(createdAt.UtcDateTime), NpgsqlDbType.Date);
            await writer.WriteAsync(title, NpgsqlDbType.Varchar);
            await writer.WriteAsync(title.ToLowerInvariant(), NpgsqlDbType.Varchar);
            await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
            await writer.WriteAsync(statuses[random.Next(statuses.Length)].ToString(), NpgsqlDbType.Varchar);
            await writer.WriteAsync(createdAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(createdAt, NpgsqlDbType.TimestampTz);
            if (kind == DocumentKind.Internal)
            {
                for (var column = 0; column < 6; column++)
                {
                    await writer.WriteNullAsync();
                }
            }
            else
            {
                var name = $"ТОО «Партнёр {counterparty.ToString(CultureInfo.InvariantCulture)}»";
                await writer.WriteAsync((decimal)random.Next(1, 10_000_000) / 10m, NpgsqlDbType.Numeric);
                await writer.WriteAsync("KZT", NpgsqlDbType.Varchar);
                await writer.WriteAsync(nameof(CounterpartyIdentifierKind.Bin), NpgsqlDbType.Varchar);
                await writer.WriteAsync(Bin(counterparty), NpgsqlDbType.Varchar);
                await writer.WriteAsync(name, NpgsqlDbType.Varchar);
                await writer.WriteAsync(name.ToLowerInvariant(), NpgsqlDbType.Varchar);
            }

            await writer.WriteAsync(false, NpgsqlDbType.Boolean);
            await writer.WriteAsync("{}", NpgsqlDbType.Text);
            await writer.WriteAsync(1L, NpgsqlDbType.Bigint);
        }

        await writer.CompleteAsync();

        // The counterparty filter searches the counterparties table, which holds each seeded document's one counterparty.
        await using var counterparties = new NpgsqlConnection(connectionString);
        await counterparties.OpenAsync();
        await using var fill = new NpgsqlCommand(
            "INSERT INTO document_counterparties (document_id, identifier, position, kind, name, name_key, progress, incoming_copy_id, version) " +
            "SELECT id, counterparty_identifier, 0, counterparty_kind, counterparty_name, counterparty_name_key, 'Pending', NULL, 1 " +
            "FROM documents WHERE counterparty_kind IS NOT NULL",
            counterparties) { CommandTimeout = 0 };
        await fill.ExecuteNonQueryAsync();
        return (largest, largestCount);
    }

    /// <summary>
    /// Adds <paramref name="waiting"/> documents whose route waits for <paramref name="employee"/>'s
    /// approval and as many waiting for someone else, through the store and the engine.
    /// </summary>
    public static async Task StartRoutesAsync(IServiceProvider services, Guid profileId, Guid employee, int waiting)
    {
        for (var index = 0; index < waiting * 2; index++)
        {
            var approver = index % 2 == 0 ? employee : Guid.NewGuid();
            await using var scope = DocumentsLoad.Scope(services, profileId);
            var document = Document.Create(
                new NewDocument
                {
                    OwnerProfileId = profileId,
                    Kind = DocumentKind.Internal,
                    Number = $"ROUTE-{index:D6}",
                    Date = new DateOnly(2026, 12, 4),
                    Title = "Служебная записка на согласование",
                    AuthorId = Guid.NewGuid(),
                    Files = [new DocumentFile(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray()), "memo.pdf", DetectedContentType.Pdf, 1024)],
                },
                Guid.CreateVersion7(),
                DateTimeOffset.UtcNow).Value!;
            var added = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().AddAsync(document, CancellationToken.None);
            if (!added.IsSuccess)
            {
                throw new InvalidOperationException(added.Error!.Message);
            }

            var definition = RouteDefinitionBuilder.Build(
                document.Id,
                [new RouteStage(RouteStepKind.Approve, [approver]), new RouteStage(RouteStepKind.Sign, [Guid.NewGuid()])]).Value!;
            var published = await scope.ServiceProvider.GetRequiredService<DefinitionPublisher>().PublishAsync(definition, DefinitionSource.Api);
            var started = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().StartAsync(
                new StartRequest(definition.Id, Actor.User(document.AuthorId.ToString())) { CorrelationId = document.Id.ToString() });
            if (!published.IsSuccess || !started.IsSuccess)
            {
                throw new InvalidOperationException($"Route of document {document.Id} did not start: {published.Error?.Message ?? started.Error?.Message}");
            }
        }
    }
}
