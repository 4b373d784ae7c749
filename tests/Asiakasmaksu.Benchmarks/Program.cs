using Asiakasmaksu.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Asiakasmaksu.Benchmarks -- decider | import [--lines N] [--naive N] [--parallel N] [--import-only] [--warmup N] | simulate [--invoices N] [--paid-percent P] | render [--count N] | durable [--invoices N] [--wake M] [--paid P] [--idle-seconds S] [--starts-only] [--runs R] [--client-only]
return args.FirstOrDefault() switch
{
    "decider" => Run(() => BenchmarkRunner.Run<DeciderBenchmark>(args: args[1..])),
    "import" => await ImportThroughput.RunAsync(
        ImportThroughput.ParseInt(args, "--lines", 100_000),
        ImportThroughput.ParseInt(args, "--naive", 5_000),
        ImportThroughput.ParseInt(args, "--parallel", 8),
        args.Contains("--import-only"),
        ImportThroughput.ParseInt(args, "--warmup", 0)),
    "render" => RenderThroughput.Run(ImportThroughput.ParseInt(args, "--count", 20_000)),
    "durable" => await Asiakasmaksu.Benchmarks.Durable.DurableThroughput.RunAsync(
        ImportThroughput.ParseInt(args, "--invoices", 10_000),
        ImportThroughput.ParseInt(args, "--wake", 2_000),
        ImportThroughput.ParseInt(args, "--paid", 200),
        ImportThroughput.ParseInt(args, "--idle-seconds", 60),
        args.Contains("--starts-only"),
        Math.Max(1, ImportThroughput.ParseInt(args, "--runs", 1)),
        args.Contains("--client-only")),
    "simulate" => await SimulateYear.RunAsync(ImportThroughput.ParseInt(args, "--invoices", 100_000), ImportThroughput.ParseInt(args, "--paid-percent", 85) / 100.0),
    _ => Usage(),
};

static int Run(Action benchmark)
{
    benchmark();
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Asiakasmaksu.Benchmarks -- decider | import [--lines N] [--naive N] [--parallel N] [--import-only] [--warmup N] | simulate [--invoices N] [--paid-percent P] | render [--count N] | durable [--invoices N] [--wake M] [--paid P] [--idle-seconds S] [--starts-only] [--runs R] [--client-only]");
    return 2;
}
