using System.Globalization;
using System.Text.Json;
using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Passport;
using Idocs.Documents.Routes;
using Idocs.Documents.Signing;
using Idocs.Documents.Statuses;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Versioning;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Flow;

/// <summary>
/// Starts a document's route in one transaction: the engine instance, the document's new status,
/// the route-changed passport event and the status mail. The author or an editor starts the route
/// of a draft (or of a rejected document, which returns to draft first); any employee of the
/// receiving profile starts the route of an incoming document.
/// </summary>
public sealed class StartRoute(
    DocumentTransactionRunner runner,
    IEmployeeFactsPort employees,
    DefinitionPublisher publisher,
    IWorkflowDefinitionStore definitions,
    WorkflowEngine engine,
    RouteProgress progress,
    TimeProvider clock,
    IEnumerable<IRouteTemplateGate> gates,
    ILogger<StartRoute> logger)
{
    public async Task<Result<RouteStarted>> StartAsync(StartRouteCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        if ((command.Stages is null) == string.IsNullOrWhiteSpace(command.TemplateId))
        {
            return new Error(FlowErrorCodes.RouteChoiceInvalid, "Give either the route stages or a route template id, not both and not neither.");
        }

        var employee = await employees.FindAsync(command.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"Employee {command.EmployeeId} was not found or is blocked.");
        }

        var started = await runner.ExecuteAsync((transaction, token) => StartInAsync(transaction, command, employee, token), cancellationToken);
        if (started.IsSuccess)
        {
            logger.LogInformation(
                "Route {RouteInstanceId} of {DefinitionId} v{DefinitionVersion} started for document {DocumentId}",
                started.Value.RouteInstanceId, started.Value.DefinitionId, started.Value.DefinitionVersion, command.DocumentId);
        }

        return started;
    }

    private async Task<Result<RouteStarted>> StartInAsync(
        IDocumentUnitOfWork transaction, StartRouteCommand command, EmployeeSigningFacts employee, CancellationToken cancellationToken)
    {
        var events = await transaction.Passport.ListAsync(command.DocumentId, cancellationToken);
        if (DocumentRouteLink.FindInstanceId(events) is { } runningId)
        {
            var running = await transaction.Workflow.FindInstanceAsync(runningId, cancellationToken);
            if (running is not null && !running.IsFinished)
            {
                return new Error(FlowErrorCodes.RouteAlreadyRunning, $"Document {command.DocumentId} already runs route {runningId}; finish or reject it first.");
            }
        }

        var document = await transaction.Documents.FindAsync(command.DocumentId, cancellationToken);
        if (document is null || document.IsDeleted || document.OwnerProfileId != employee.ProfileId)
        {
            return new Error(CommonErrorCodes.NotFound, $"Document {command.DocumentId} was not found.");
        }

        var ready = PrepareDocument(document, employee);
        if (!ready.IsSuccess)
        {
            return ready.Error;
        }

        var definition = await ChooseDefinitionAsync(document, command, employee.ProfileId, cancellationToken);
        if (!definition.IsSuccess)
        {
            return definition.Error;
        }

        var actor = RouteActors.For(employee);
        var instance = await engine.StartInAsync(
            transaction.Workflow,
            new StartRequest(definition.Value.Id, actor)
            {
                Version = definition.Value.Version,
                CorrelationId = document.Id.ToString("D", CultureInfo.InvariantCulture),
                Variables = Variables(document, employee),
            },
            cancellationToken);
        if (!instance.IsSuccess)
        {
            return instance.Error;
        }

        var actorSnapshot = new ActorSnapshot(employee.EmployeeId, employee.FullName, employee.Iin);
        var written = await FlowPassport.WriteAsync(
            transaction, document.Id, PassportEventType.RouteChanged, actorSnapshot, clock.GetUtcNow(), command.IpAddress,
            DocumentRouteLink.StartPayload(instance.Value.Id, definition.Value.Id, definition.Value.Version), cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error;
        }

        var advanced = await progress.AdvanceAsync(transaction, document, instance.Value, actorSnapshot, command.IpAddress, cancellationToken);
        if (!advanced.IsSuccess)
        {
            return advanced.Error;
        }

        var status = document.Status;
        var updated = await transaction.Documents.UpdateAsync(document, cancellationToken);
        return updated.IsSuccess
            ? new RouteStarted(document.Id, instance.Value.Id, definition.Value.Id, definition.Value.Version, status)
            : updated.Error;
    }

    private static Result PrepareDocument(Document document, EmployeeSigningFacts employee)
    {
        if (document.Kind == DocumentKind.ExternalIncoming)
        {
            return document.Status is DocumentStatus.Delivered or DocumentStatus.ViewedByCounterparty
                ? Result.Success()
                : Result.Failure(DocumentErrorCodes.WrongStatusForAction, $"Incoming document {document.Id} is {document.Status}; its route starts only after it was received.");
        }

        if (!document.CanEdit(employee.EmployeeId))
        {
            return Result.Failure(FlowErrorCodes.NotAllowed, $"Employee {employee.EmployeeId} is neither the author nor an editor of document {document.Id}.");
        }

        if (document.Status == DocumentStatus.Rejected)
        {
            return document.ReturnToDraft();
        }

        return document.Status == DocumentStatus.Draft
            ? Result.Success()
            : Result.Failure(DocumentErrorCodes.WrongStatusForAction, $"Document {document.Id} is {document.Status}; a route starts from a draft.");
    }

    private async Task<Result<WorkflowDefinition>> ChooseDefinitionAsync(
        Document document, StartRouteCommand command, Guid profileId, CancellationToken cancellationToken)
    {
        if (command.Stages is null)
        {
            var templateId = command.TemplateId!.Trim();
            var template = await definitions.FindLatestPublishedAsync(templateId, cancellationToken);
            if (template is null)
            {
                return new Error(CommonErrorCodes.NotFound, $"Route template '{templateId}' is not published; choose one of the published route templates.");
            }

            foreach (var gate in gates)
            {
                var startable = await gate.CheckStartableAsync(profileId, templateId, cancellationToken);
                if (!startable.IsSuccess)
                {
                    return startable.Error;
                }
            }

            return template;
        }

        var built = RouteDefinitionBuilder.Build(document.Id, command.Stages, awaitCounterparty: document.Kind == DocumentKind.ExternalOutgoing);
        return built.IsSuccess
            ? await publisher.PublishAsync(built.Value, DefinitionSource.Api, cancellationToken)
            : built.Error;
    }

    private static Dictionary<string, JsonElement> Variables(Document document, EmployeeSigningFacts employee)
    {
        var starter = JsonSerializer.SerializeToElement(employee.EmployeeId.ToString("D", CultureInfo.InvariantCulture));
        var variables = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["documentId"] = JsonSerializer.SerializeToElement(document.Id.ToString("D", CultureInfo.InvariantCulture)),
            ["author"] = document.Kind == DocumentKind.ExternalIncoming ? starter : JsonSerializer.SerializeToElement(document.AuthorId.ToString("D", CultureInfo.InvariantCulture)),
            ["initiator"] = starter,
            ["title"] = JsonSerializer.SerializeToElement(document.Title),
        };
        if (document.Amount is { } amount)
        {
            variables["amount"] = JsonSerializer.SerializeToElement(amount.Amount);
            variables["currency"] = JsonSerializer.SerializeToElement(amount.Currency);
        }

        return variables;
    }
}
