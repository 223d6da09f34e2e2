using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Chokepoint.Datasets;
using Chokepoint.Importing;
using Chokepoint.Security;
using Chokepoint.Storage;
using Chokepoint.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chokepoint.Bench;

/// <summary>
/// Load on the web API with wrk (64 connections, ~10 s per endpoint) against the app on 127.0.0.1 with the bundled
/// datasets: /entities/{id} (open access and with an API key), /search and POST /match; /health is the baseline.
/// </summary>
public sealed partial class WebBenchmark : IBenchmark
{
    public string Name => "web";

    public string Description => "requests/s of /entities/{id}, /search (and /match) under 64 connections, with wrk";

    public async Task<int> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Args.Count > 1 && context.Args[0] == "--duration" ? int.Parse(context.Args[1], CultureInfo.InvariantCulture) : 10;
        var scratch = context.ScratchDirectory();
        var db = Path.Combine(scratch, "chokepoint.db");
        await using (var store = await StoreFactory.OpenAsync(db, cancellationToken))
        {
            var data = BundledDatasets.FindDataFolder() ?? throw new DirectoryNotFoundException("no data/ folder with bundled datasets");
            foreach (var manifest in BundledDatasets.List(data))
                await BundledDatasets.LoadAsync(store, manifest, true, (_, work) => work(new Progress<ImportProgress>()), cancellationToken);
        }
        await using var app = ChokepointWeb.Create([], builder =>
        {
            builder.Configuration[ChokepointWeb.DbSetting] = db;
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Error);
        });
        await app.StartAsync(cancellationToken);
        var url = app.Urls.First();
        BenchContext.Line($"serving {url} from {db}; wrk -c64 for {seconds}s per endpoint");
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var health = await WrkAsync($"{url}/health", null, seconds, cancellationToken);
        var entities = await WrkAsync($"{url}/entities/bdib-peleng", null, seconds, cancellationToken);
        // The same entity read with an API key: key lookup, last-used update and one audit record per request.
        var (key, _) = await app.Services.GetRequiredService<AccessControl>().Accounts.CreateKeyAsync("bench", Roles.Viewer, new AuditContext("bench", "local"), cancellationToken);
        var keyed = await WrkAsync($"{url}/entities/bdib-peleng", null, seconds, cancellationToken, $"X-Api-Key: {key.Presented}");
        var search = await WrkAsync($"{url}/search/default?q=minsk%20plant", null, seconds, cancellationToken);
        var figures = new List<(string, double)>
        {
            ("health_rps", health.Rps), ("entities_rps", entities.Rps), ("entities_key_rps", keyed.Rps), ("search_rps", search.Rps),
        };
        var errors = health.Errors + entities.Errors + keyed.Errors + search.Errors;
        using var probe = new StringContent("""{"queries":{"q1":{"schema":"Company","properties":{"name":["Peleng"]}}}}""", System.Text.Encoding.UTF8, "application/json");
        if ((await http.PostAsync(new Uri("/match/default", UriKind.Relative), probe, cancellationToken)).IsSuccessStatusCode)
        {
            var script = Path.Combine(scratch, "match.lua");
            await File.WriteAllTextAsync(script, """
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                wrk.body = '{"queries":{"q1":{"schema":"Company","properties":{"name":["Peleng"]}},"q2":{"schema":"Person","properties":{"name":["Alexander Lukashenko"]}}}}'
                """, cancellationToken);
            var match = await WrkAsync($"{url}/match/default", script, seconds, cancellationToken);
            figures.Add(("match_rps", match.Rps));
            errors += match.Errors;
        }
        else
        {
            BenchContext.Line("POST /match/default is not there yet; skipping it");
        }
        await app.StopAsync(cancellationToken);
        figures.Add(("errors", errors));
        BenchContext.Figures([.. figures]);
        return errors == 0 ? 0 : 1;
    }

    private static async Task<(double Rps, long Errors)> WrkAsync(string url, string? script, int seconds, CancellationToken cancellationToken, string? header = null)
    {
        var arguments = $"-t2 -c64 -d{seconds}s --timeout 5s {(script is null ? "" : $"-s {script} ")}{(header is null ? "" : $"-H \"{header}\" ")}{url}";
        using var process = Process.Start(new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("wrk did not start; bench/setup/web.sh installs it");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds + 30));
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var rps = Rps().Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        long errors = 0;
        if (Non2xx().Match(output) is { Success: true } non2xx)
            errors += long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture);
        if (SocketErrors().Match(output) is { Success: true } socket)
            errors += Enumerable.Range(1, 4).Sum(i => long.Parse(socket.Groups[i].Value, CultureInfo.InvariantCulture));
        BenchContext.Line($"{url}: {rps:F0} requests/s, {errors} errors");
        return (rps, errors);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rps();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
