using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chokepoint.Importing;
using Chokepoint.Storage;
using Spectre.Console;

namespace Chokepoint.Cli;

/// <summary>What every verb needs: the store location, the output mode, and uniform error handling.</summary>
public sealed class CommandContext(ParseResult parse)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public ParseResult Parse { get; } = parse;

    public bool Json => Parse.GetValue(Cli.Json);

    public TextWriter Out => Parse.InvocationConfiguration.Output;

    public TextWriter Error => Parse.InvocationConfiguration.Error;

    /// <summary>Rich terminal output (tables, progress bars) only when a person is watching.</summary>
    public bool Interactive => !Json && !Console.IsOutputRedirected && !Console.IsErrorRedirected && ReferenceEquals(Out, Console.Out);

    public string DbLocation =>
        Parse.GetValue(Cli.Db) ?? Environment.GetEnvironmentVariable("CHOKEPOINT_DB") ?? StoreFactory.DefaultLocation;

    public Task<IStore> OpenStoreAsync(CancellationToken cancellationToken) => StoreFactory.OpenAsync(DbLocation, cancellationToken);

    public void WriteJson<T>(T value) => Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    /// <summary>Shows a verb's result: one JSON line with <c>--json</c>, else drawn for a person by <paramref name="render"/>.</summary>
    public int Show(object json, Action<IAnsiConsole> render) => ShowEach([json], render);

    /// <summary>Shows a verb's result: a JSON line per item with <c>--json</c>, else drawn for a person by <paramref name="render"/>.</summary>
    public int ShowEach(IEnumerable<object> json, Action<IAnsiConsole> render)
    {
        if (Json)
        {
            foreach (var item in json)
                WriteJson(item);
        }
        else
            render(Console2);
        return 0;
    }

    public IAnsiConsole Console2 => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Out),
        Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = Interactive ? InteractionSupport.Detect : InteractionSupport.No,
    });

    /// <summary>Runs a verb: bad input and failures print one clear line and give exit code 1.</summary>
    public static Func<ParseResult, CancellationToken, Task<int>> Action(Func<CommandContext, CancellationToken, Task<int>> body) =>
        async (parse, cancellationToken) =>
        {
            var context = new CommandContext(parse);
            try
            {
                return await body(context, cancellationToken);
            }
            catch (ImportException error)
            {
                context.Fail(error.Issue.ToString());
                return 1;
            }
            catch (Chokepoint.Matching.MatchException error)
            {
                context.Fail(error.Detail);
                return 1;
            }
            catch (OperationCanceledException)
            {
                context.Fail("cancelled");
                return 130;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or KeyNotFoundException or FormatException or ArgumentException or System.Data.Common.DbException)
            {
                context.Fail(error.Message);
                return 1;
            }
        };

    public void Fail(string message)
    {
        if (Json)
            Error.WriteLine(JsonSerializer.Serialize(new { error = message }, JsonOptions));
        else
            Error.WriteLine($"error: {message}");
    }
}
