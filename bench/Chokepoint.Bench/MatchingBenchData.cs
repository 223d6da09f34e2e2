using System.Text.Json;
using Chokepoint.Model;
using Chokepoint.Statements;

namespace Chokepoint.Bench;

/// <summary>The matching benchmark's names: OFAC SDN entries and aliases read straight from the shared JSON, and queries derived from them.</summary>
internal static class MatchingBenchData
{
    public static List<Entity> LoadOfac(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var model = SchemaModel.Default;
        var entities = new List<Entity>();
        foreach (var entry in json.RootElement.GetProperty("entries").EnumerateArray())
        {
            var schema = model.Get(entry.GetProperty("type").GetString() switch
            {
                "individual" => "Person",
                "vessel" => "Vessel",
                "aircraft" => "Airplane",
                _ => "Organization",
            });
            var entity = new Entity($"ofac-{entry.GetProperty("uid").GetInt32()}", schema);
            entity.Datasets.Add("ofac");
            entity.Add("name", entry.GetProperty("name").GetString()!.Trim());
            if (entry.TryGetProperty("alternateNames", out var aliases))
            {
                foreach (var alias in aliases.EnumerateArray())
                    entity.Add("alias", alias.GetString()!.Trim());
            }
            entities.Add(entity);
        }
        return entities;
    }

    /// <summary>Queries from listed names, deterministic: a quarter each exact, adjacent letters swapped, tokens reversed, one letter dropped.</summary>
    public static List<(string Name, string Schema, string EntityId)> Queries(IReadOnlyList<Entity> entities, int count)
    {
        var random = new Random(20260820);
        var queries = new List<(string, string, string)>(count);
        while (queries.Count < count)
        {
            var entity = entities[random.Next(entities.Count)];
            var names = entity.Get("name").Concat(entity.Get("alias")).ToList();
            var name = names[random.Next(names.Count)];
            var variant = (queries.Count % 4) switch
            {
                0 => name,
                1 => Swap(name, random),
                2 => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse()),
                _ => Drop(name, random),
            };
            queries.Add((variant, entity.Schema.Name, entity.Id));
        }
        return queries;
    }

    private static string Swap(string name, Random random)
    {
        if (name.Length < 4)
            return name;
        var i = 1 + random.Next(name.Length - 3);
        var chars = name.ToCharArray();
        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        return new string(chars);
    }

    private static string Drop(string name, Random random) =>
        name.Length < 5 ? name : name.Remove(1 + random.Next(name.Length - 2), 1);
}
