using System.Globalization;
using System.Text;
using Chokepoint.Graph;
using Chokepoint.Statements;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>The entity page: names in every script, sanctions, properties, relations, sources with grading, evidence quotes.</summary>
internal static class EntityPage
{

    public static IResult Render(EntityProfile profile)
    {
        var entity = profile.Entity;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"""
            <h1>{E(entity.Caption)}</h1>
            <p class="lead">{Badge(entity.Schema.Label)} {SanctionedBadge(profile.Sanctioned)} <span class="meta">{E(string.Join(", ", entity.Datasets))} · first seen {E(entity.FirstSeen)} · last seen {E(entity.LastSeen)}</span></p>
            <p class="actions"><a class="button" href="/app/network/{Url(entity.Id)}">Network view</a> <a href="/app/entities/{Url(entity.Id)}/ownership">Ownership (50% rule)</a> <a href="/app/paths?from={Url(entity.Id)}">Paths from here</a> <a href="/entities/{Url(entity.Id)}">JSON</a> <span class="meta">id {E(entity.Id)}</span></p>
            """);
        Names(body, entity);
        Sanctions(body, profile);
        Properties(body, entity);
        Relations(body, profile.Neighbourhood);
        EntitySources.Render(body, profile);
        return Page(entity.Caption, body.ToString());
    }

    private static void Names(StringBuilder body, Entity entity)
    {
        var names = entity.Statements.Where(s => entity.Schema.GetProperty(s.Prop)?.Type.Name == "name").DistinctBy(s => (s.Prop, s.Value)).ToList();
        if (names.Count == 0)
            return;
        body.Append("<section><h2>Names</h2><div class=\"scroll\"><table><thead><tr><th>Name</th><th>Kind</th><th>Script</th><th>Dataset</th></tr></thead><tbody>");
        foreach (var s in names)
            body.Append(CultureInfo.InvariantCulture, $"<tr><td lang=\"{E(s.Lang ?? "")}\">{E(s.Value)}</td><td>{E(entity.Schema.GetProperty(s.Prop)!.Label)}</td><td>{E(Script(s.Value))}</td><td>{E(s.Dataset)}</td></tr>");
        body.Append("</tbody></table></div></section>");
    }

    private static void Sanctions(StringBuilder body, EntityProfile profile)
    {
        var sanctions = profile.Sanctions.ToList();
        if (sanctions.Count == 0)
            return;
        body.Append("<section><h2>Sanctions</h2><div class=\"scroll\"><table><thead><tr><th>Authority</th><th>Program</th><th>Since</th><th>Reason</th><th>Dataset</th></tr></thead><tbody>");
        foreach (var s in sanctions)
        {
            var since = s.First("startDate") ?? s.First("listingDate") ?? s.First("date") ?? "";
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(s.First("authority") ?? s.First("country") ?? "")}</td><td>{E(string.Join("; ", s.Get("program").Concat(s.Get("programId")).Distinct()))}</td><td>{E(since)}</td><td>{E(s.First("reason") ?? "")}</td><td>{E(string.Join(", ", s.Datasets))}</td></tr>");
        }
        body.Append("</tbody></table></div></section>");
    }

    private static void Properties(StringBuilder body, Entity entity)
    {
        var rows = entity.Properties
            .Select(p => (Property: entity.Schema.GetProperty(p.Key), Values: p.Value))
            .Where(p => p.Property is { Hidden: false } prop && prop.Type.Name != "name" && !prop.Type.IsEntity)
            .ToList();
        if (rows.Count == 0)
            return;
        body.Append("<section><h2>Properties</h2><dl class=\"props\">");
        foreach (var (property, values) in rows)
        {
            var shown = property!.Type.Name == "country" ? values.Select(Chokepoint.Model.Countries.NameOf) : values;
            var rendered = property.Type.Name == "url"
                ? string.Join("<br>", values.Select(v => $"<a href=\"{E(v)}\" rel=\"noreferrer\">{E(v)}</a>"))
                : string.Join("<br>", shown.Select(E));
            body.Append(CultureInfo.InvariantCulture, $"<dt>{E(property.Label)}</dt><dd>{rendered}</dd>");
        }
        body.Append("</dl></section>");
    }

    private static void Relations(StringBuilder body, Neighbourhood hood)
    {
        if (hood.Outgoing.Count == 0 && hood.Incoming.Count == 0)
            return;
        body.Append("<section><h2>Relations</h2><ul class=\"relations\">");
        foreach (var (property, target) in hood.Outgoing)
            body.Append(CultureInfo.InvariantCulture, $"<li>{E(property.Label)}: <a href=\"/app/entities/{Url(target.Id)}\">{E(target.Caption)}</a> {Badge(target.Schema.Label)}</li>");
        foreach (var (property, source) in hood.Incoming)
        {
            var label = property.Reverse is { } reverse && hood.Entity.Schema.GetProperty(reverse) is { } stub ? stub.Label : property.Label;
            body.Append(CultureInfo.InvariantCulture, $"<li>{E(label)}: <a href=\"/app/entities/{Url(source.Id)}\">{E(source.Caption)}</a> {Badge(source.Schema.Label)}</li>");
        }
        if (hood.MoreIncoming)
            body.Append("<li class=\"meta\">More relations: open the network view to page through them.</li>");
        body.Append("</ul></section>");
    }
}
