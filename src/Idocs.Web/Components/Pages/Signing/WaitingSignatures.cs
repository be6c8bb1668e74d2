using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Routes;
using Idocs.Documents.Signing;

namespace Idocs.Web.Components.Pages.Signing;

/// <summary>The documents whose route waits for the employee's signature, with their details, oldest first.</summary>
public sealed class WaitingSignatures(IEmployeeFactsPort employees, DocumentInbox inbox, ReadDocument documents)
{
    public async Task<IReadOnlyList<Document>> ListAsync(Guid employeeId, CancellationToken cancellationToken)
    {
        var employee = await employees.FindAsync(employeeId, cancellationToken);
        if (employee is null)
        {
            return [];
        }

        var waiting = await inbox.ListAsync(RouteActors.For(employee), cancellationToken);
        var result = new List<Document>();
        foreach (var item in waiting.Where(item => item.Step == RouteStepKind.Sign))
        {
            var document = await documents.GetAsync(item.DocumentId, employeeId, cancellationToken);
            if (document.IsSuccess)
            {
                result.Add(document.Value);
            }
        }

        return result;
    }
}
