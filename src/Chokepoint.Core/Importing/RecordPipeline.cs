using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Chokepoint.Statements;

namespace Chokepoint.Importing;

/// <summary>
/// Reads and validates records on a second thread while the caller writes the statements of earlier ones:
/// parsing and validation cost about as much as writing, so an import keeps two cores busy. Order is kept.
/// </summary>
internal static class RecordPipeline
{
    private const int RecordsPerBatch = 32;
    private const int BatchesInFlight = 4;

    /// <summary>One input record: its statements, or the issue that made it invalid.</summary>
    public readonly record struct Validated(List<Statement>? Statements, ImportIssue? Issue);

    public static async IAsyncEnumerable<Validated> RunAsync(
        IAsyncEnumerable<ReadItem> items,
        Func<EntityRecord, List<Statement>> validate,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<List<Validated>>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(items, validate, channel.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var item in batch)
                    yield return item;
            }
            await producer;
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                // The consumer stopped first (a bad record or a store error); its exception is the one that counts.
            }
        }
    }

    private static async Task ProduceAsync(IAsyncEnumerable<ReadItem> items, Func<EntityRecord, List<Statement>> validate, ChannelWriter<List<Validated>> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<Validated>(RecordsPerBatch);
            await foreach (var item in items.WithCancellation(cancellationToken))
            {
                batch.Add(Validate(item, validate));
                if (batch.Count == RecordsPerBatch)
                {
                    await writer.WriteAsync(batch, cancellationToken);
                    batch = new List<Validated>(RecordsPerBatch);
                }
            }
            if (batch.Count > 0)
                await writer.WriteAsync(batch, cancellationToken);
            writer.Complete();
        }
        catch (Exception error)
        {
            writer.TryComplete(error);
            throw;
        }
    }

    private static Validated Validate(ReadItem item, Func<EntityRecord, List<Statement>> validate)
    {
        if (item.Issue is { } issue)
            return new Validated(null, issue);
        try
        {
            return new Validated(validate(item.Record!), null);
        }
        catch (ImportException error)
        {
            return new Validated(null, error.Issue);
        }
    }
}
