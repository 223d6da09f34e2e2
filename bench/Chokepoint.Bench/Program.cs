using System.Reflection;
using Chokepoint.Bench;

// bench/run NAME [ARGS]: finds the IBenchmark named NAME in this assembly and runs it.
var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();
if (args.Length == 0 || benchmarks.All(b => b.Name != args[0]))
{
    Console.Error.WriteLine("usage: bench/run NAME [ARGS]");
    foreach (var b in benchmarks)
        Console.Error.WriteLine($"  {b.Name,-12} {b.Description}");
    return args.Length == 0 ? 0 : 2;
}
var root = Environment.GetEnvironmentVariable("CHOKEPOINT_ROOT") ?? Directory.GetCurrentDirectory();
var benchmark = benchmarks.First(b => b.Name == args[0]);
return await benchmark.RunAsync(new BenchContext(root, args[1..]), CancellationToken.None);
