using Chokepoint.Storage;

namespace Chokepoint.Web.Hosting;

/// <summary>Applies store migrations before the app serves requests.</summary>
internal sealed class StoreStartup(IStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
