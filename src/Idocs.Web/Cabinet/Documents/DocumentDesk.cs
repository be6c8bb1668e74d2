using Idocs.Documents.Documents;
using Idocs.Documents.Employees;
using Idocs.Documents.Flow;
using Idocs.Documents.Profiles;
using Idocs.Documents.Routes;
using Idocs.Documents.Signing;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Designer;

namespace Idocs.Web.Cabinet.Documents;

/// <summary>
/// The small reads the create-document and mass-action pages need through the circuit: colleagues
/// for the route editor, published route templates, the counterparty lookup, the waiting documents
/// and the pre-check of a selection. File bytes and signatures never pass through here; the pages
/// send them to the HTTP API from the browser.
/// </summary>
public sealed class DocumentDesk(CabinetServices services)
{
    /// <summary>Active employees of the caller's profile, by name.</summary>
    public Task<IReadOnlyList<RouteParticipantOption>> ListParticipantsAsync(DeskCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return services.RunAsync<IEmployeeStore, IReadOnlyList<RouteParticipantOption>>(caller.User, async employees =>
        {
            var all = await employees.ListAsync(cancellationToken);
            return [.. all
                .Where(employee => employee.Status == EmployeeStatus.Active)
                .OrderBy(employee => employee.FullName, StringComparer.CurrentCulture)
                .Select(employee => new RouteParticipantOption(employee.Id, employee.FullName, employee.Role.ToString()))];
        });
    }

    /// <summary>Route templates the caller's company may start: its own designer definitions, then the shipped ones.</summary>
    public Task<IReadOnlyList<RouteTemplateOption>> ListRouteTemplatesAsync(DeskCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return services.RunAsync<DesignerService, IReadOnlyList<RouteTemplateOption>>(caller.User, async designer =>
        {
            var catalog = await designer.CatalogAsync(caller.User.ProfileId, cancellationToken);
            return [.. catalog.Published.Where(definition => definition.Kind == WorkflowKind.Route)
                    .Select(definition => new RouteTemplateOption(definition.Id, definition.Name, definition.Version, Shipped: false)),
                .. catalog.Shipped.Where(definition => definition.Kind == WorkflowKind.Route)
                    .Select(definition => new RouteTemplateOption(definition.Id, definition.Name, definition.Version, Shipped: true))];
        });
    }

    /// <summary>Looks up the registered profile with a BIN or IIN; the identifier must already be valid.</summary>
    public Task<CounterpartyMatch> FindCounterpartyAsync(DeskCaller caller, string identifier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return services.RunAsync<IProfileStore, CounterpartyMatch>(caller.User, async profiles =>
        {
            var profile = await profiles.FindByIdentificationNumberAsync(identifier.Trim(), cancellationToken);
            return profile is null ? new CounterpartyMatch(false, null) : new CounterpartyMatch(true, profile.Name);
        });
    }

    /// <summary>Documents waiting for the caller's approval or signature, oldest first.</summary>
    public Task<IReadOnlyList<WaitingDocument>> ListWaitingAsync(DeskCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return services.RunAsync<IServiceProvider, IReadOnlyList<WaitingDocument>>(caller.User, async provider =>
        {
            var employee = await provider.GetRequiredService<IEmployeeFactsPort>().FindAsync(caller.EmployeeId, cancellationToken);
            if (employee is null)
            {
                return [];
            }

            var inbox = await provider.GetRequiredService<DocumentInbox>().ListAsync(RouteActors.For(employee), cancellationToken);
            var reader = provider.GetRequiredService<ReadDocument>();
            var waiting = new List<WaitingDocument>(inbox.Count);
            foreach (var item in inbox.DistinctBy(item => (item.DocumentId, item.Step)))
            {
                var document = await reader.GetAsync(item.DocumentId, caller.EmployeeId, cancellationToken);
                if (document.IsSuccess)
                {
                    waiting.Add(ToWaiting(document.Value, item));
                }
            }

            return waiting;
        });
    }

    /// <summary>
    /// Checks a selection on the server before the browser signs anything: the plan's mass action
    /// limit and, per document, that it still waits for the caller at <paramref name="step"/> and has files.
    /// </summary>
    public Task<MassPreCheck> PreCheckAsync(DeskCaller caller, IReadOnlyList<Guid> documentIds, RouteStepKind step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(documentIds);
        return services.RunAsync<IServiceProvider, MassPreCheck>(caller.User, async provider =>
        {
            var limit = await provider.GetRequiredService<IPlanLimitPort>().FindMassActionLimitAsync(caller.User.ProfileId, cancellationToken);
            var employee = await provider.GetRequiredService<IEmployeeFactsPort>().FindAsync(caller.EmployeeId, cancellationToken);
            var inbox = employee is null
                ? []
                : await provider.GetRequiredService<DocumentInbox>().ListAsync(RouteActors.For(employee), cancellationToken);
            var reader = provider.GetRequiredService<ReadDocument>();
            var items = new List<PreCheckItem>(documentIds.Count);
            foreach (var documentId in documentIds.Distinct())
            {
                var turn = inbox.FirstOrDefault(item => item.DocumentId == documentId && item.Step == step);
                var document = await reader.GetAsync(documentId, caller.EmployeeId, cancellationToken);
                if (!document.IsSuccess)
                {
                    var unknown = new WaitingDocument(documentId, step, string.Empty, string.Empty, null, DateTimeOffset.MinValue, []);
                    items.Add(new PreCheckItem(unknown, PreCheckVerdict.NotFound));
                    continue;
                }

                var waiting = ToWaiting(document.Value, turn ?? new InboxItem(Guid.Empty, documentId, step, string.Empty, DateTimeOffset.MinValue));
                var verdict = turn is null ? PreCheckVerdict.NotInTurn
                    : step == RouteStepKind.Sign && waiting.FileSha256s.Count == 0 ? PreCheckVerdict.NoFiles
                    : PreCheckVerdict.Ready;
                items.Add(new PreCheckItem(waiting, verdict));
            }

            return new MassPreCheck(limit, items);
        });
    }

    private static WaitingDocument ToWaiting(Document document, InboxItem item) => new(
        document.Id,
        item.Step,
        document.Number,
        document.Title,
        document.Counterparty?.Name,
        item.WaitingSince,
        [.. document.Files.Select(file => file.Sha256)]);
}
