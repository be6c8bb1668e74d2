using Idocs.Common.Results;

namespace Idocs.Documents.Routes;

/// <summary>Lists the documents of the current profile that wait for an employee's approval or signature.</summary>
public interface IInboxQuery
{
    /// <summary>
    /// Returns one page of open Approve and Sign bookmarks addressed to the employee by id and in
    /// turn, each with its document. Fails with a <c>DocumentSearchErrorCodes</c> code for a bad
    /// page size or continuation token, and with <c>NoProfileSelected</c> outside a profile.
    /// </summary>
    Task<Result<InboxPage>> ListAsync(InboxQuery query, CancellationToken cancellationToken);
}
