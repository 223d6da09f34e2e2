using System.Diagnostics;
using System.Text.Json;
using Chokepoint.Importing;
using Spectre.Console;

namespace Chokepoint.Cli;

/// <summary>Long work shows progress: a Spectre.Console bar on a terminal, JSON lines on stderr when piped.</summary>
public static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(CommandContext context, string title, Func<IProgress<ImportProgress>, Task<T>> work, Func<ImportProgress, string>? describe = null)
    {
        describe ??= p => $"{p.Records:N0} entities, {p.Statements:N0} statements";
        if (!context.Interactive)
            return await work(new JsonLinesProgress(context.Error, title));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(title), maxValue: 1);
                var result = await work(new Progress<ImportProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.TotalBytes);
                    task.Value = p.BytesRead;
                    task.Description = Markup.Escape($"{title}: {describe(p)}");
                }));
                task.Value = task.MaxValue;
                return result;
            });
    }

    private sealed class JsonLinesProgress(TextWriter error, string title) : IProgress<ImportProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _last = TimeSpan.FromSeconds(-10);

        public void Report(ImportProgress value)
        {
            var done = value.BytesRead >= value.TotalBytes;
            if (!done && _clock.Elapsed - _last < TimeSpan.FromSeconds(1))
                return;
            _last = _clock.Elapsed;
            error.WriteLine(JsonSerializer.Serialize(new
            {
                progress = title,
                records = value.Records,
                statements = value.Statements,
                bytes_read = value.BytesRead,
                total_bytes = value.TotalBytes,
                elapsed_s = Math.Round(_clock.Elapsed.TotalSeconds, 2),
            }, CommandContext.JsonOptions));
        }
    }
}
