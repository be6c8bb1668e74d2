using System.CommandLine;
using Idocs.Cli.Commands;

namespace Idocs.Cli;

/// <summary>The <c>idocs</c> command and its subcommands.</summary>
public static class IdocsCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Idocs administration tool: database migrations and maintenance.");
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SignCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(PkiCommand.Create());
        return root;
    }
}
