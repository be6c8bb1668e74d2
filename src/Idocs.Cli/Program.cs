using Idocs.Cli;

return await IdocsCommandLine.Create().Parse(args).InvokeAsync();
