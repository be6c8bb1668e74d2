using Idocs.Workflows.Definitions;
using Idocs.Workflows.Validation;

namespace Idocs.Workflows.Activities;

/// <summary>An activity with rules beyond the shape of each input, for example a quorum that needs a count.</summary>
public interface IValidatingActivity : IActivity
{
    IEnumerable<ValidationProblem> Validate(ActivityDefinition activity);
}
