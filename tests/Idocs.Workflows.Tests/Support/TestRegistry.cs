using Idocs.Workflows.Activities;
using Idocs.Workflows.Activities.Builtin;

namespace Idocs.Workflows.Tests.Support;

public static class TestRegistry
{
    /// <summary>Built-in activities plus the stub Dispatch and AwaitCounterparty of the document module.</summary>
    public static ActivityRegistry Create(RecordingNotificationSink? sink = null, StubDispatchActivity? dispatch = null) =>
        BuiltinActivities.CreateRegistry(sink ?? new RecordingNotificationSink())
            .Register(dispatch ?? new StubDispatchActivity())
            .Register(new StubAwaitCounterpartyActivity());
}
