using Idocs.Common.Results;
using Idocs.Workflows.Persistence;

namespace Idocs.Workflows.Runtime;

/// <summary>
/// The caller's writes that must commit or roll back with an engine command, run after the command
/// succeeded and before the commit: document state, passport events, outbox rows. A failure result
/// rolls the whole transaction back. It may run more than once when the commit hits a concurrency
/// conflict and the command is retried, so it must write only through the unit of work's transaction.
/// </summary>
public delegate Task<Result> TransactionExtension<in TOutcome>(
    IWorkflowUnitOfWork unitOfWork, TOutcome outcome, CancellationToken cancellationToken);
