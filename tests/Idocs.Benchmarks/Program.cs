using BenchmarkDotNet.Running;
using Idocs.Benchmarks.Api;
using Idocs.Benchmarks.Documents;

// Load programs that need a running server or a seeded database come first; anything else goes
// to BenchmarkDotNet.
if (args is ["api-load", .. var loadArguments])
{
    return await ApiLoadRun.RunAsync(loadArguments);
}

if (args.Length > 0 && args[0] == DocumentsLoad.Command)
{
    return await DocumentsLoad.RunAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
