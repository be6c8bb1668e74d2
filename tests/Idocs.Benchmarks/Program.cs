using BenchmarkDotNet.Running;
using Idocs.Benchmarks.Api;

if (args is ["api-load", .. var loadArguments])
{
    return await ApiLoadRun.RunAsync(loadArguments);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
