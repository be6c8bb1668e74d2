using BenchmarkDotNet.Running;
using Idocs.Benchmarks.Documents;

if (args.Length > 0 && args[0] == DocumentsLoad.Command)
{
    return await DocumentsLoad.RunAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
