using Chokepoint.Sources.Updates;
using Chokepoint.Storage.Sqlite;

namespace Chokepoint.Storage;

/// <summary>The download states of a store's engine.</summary>
public static class DownloadStates
{
    public static IDownloadStates For(IStore store) => store switch
    {
        SqliteStore sqlite => new SqliteDownloadStates(sqlite),
        _ => throw new NotSupportedException("this store engine does not keep download states yet"),
    };
}
