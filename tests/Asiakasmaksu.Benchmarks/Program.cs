using Asiakasmaksu.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Asiakasmaksu.Benchmarks -- decider
return args.FirstOrDefault() switch
{
    "decider" => Run(() => BenchmarkRunner.Run<DeciderBenchmark>(args: args[1..])),
    _ => Usage(),
};

static int Run(Action benchmark)
{
    benchmark();
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Asiakasmaksu.Benchmarks -- decider");
    return 2;
}
