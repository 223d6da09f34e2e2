namespace Chokepoint.Bench;

/// <summary>
/// One benchmark: runs ours and a baseline in the same process and prints its figures as
/// key=value pairs on its last line.
/// </summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(BenchContext context, CancellationToken cancellationToken);
}
