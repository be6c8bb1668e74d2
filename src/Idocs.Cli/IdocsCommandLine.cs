using System.CommandLine;
using Idocs.Cli.Commands;

namespace Idocs.Cli;

/// <summary>The <c>idocs</c> command and its subcommands.</summary>
public static class IdocsCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Idocs administration tool: database migrations, shipped workflows, signing and verifying, the test PKI and the NCALayer test signer.");
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SignerCommand.Create());
        root.Subcommands.Add(WorkflowsCommand.Create());
        root.Subcommands.Add(SignCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(PkiCommand.Create());
        return root;
    }
}
