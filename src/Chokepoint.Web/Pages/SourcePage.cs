using System.Text;
using Chokepoint.Datasets;
using Chokepoint.Security;
using Chokepoint.Web.Security;
using static Chokepoint.Web.Pages.Html;

namespace Chokepoint.Web.Pages;

/// <summary>One source: kind, dataset, grading; for a protected source the redacted label, and for admins a reveal form or the revealed fields.</summary>
internal static class SourcePage
{
    public static IResult Render(SourceInfo source, bool canReveal, string token, ProtectedFields? revealed = null)
    {
        var isProtected = ProtectedEvidence.IsProtected(source);
        var body = new StringBuilder($"""
            <h1>{E(ProtectedEvidence.Title(source))}</h1>
            <dl class="props"><dt>Id</dt><dd>{E(source.Id)}</dd><dt>Dataset</dt><dd>{E(source.Dataset)}</dd><dt>Kind</dt><dd>{E(source.Kind)}</dd>
            <dt>Grading</dt><dd>{E(source.Grading ?? "not graded")}</dd>
            {(isProtected ? "" : $"<dt>Publisher</dt><dd>{E(source.Publisher ?? "")}</dd><dt>Address</dt><dd>{E(source.Url ?? "")}</dd>")}</dl>
            """);
        if (revealed is not null)
        {
            body.Append($"""
                <section><h2>Who gave it</h2><p class="meta">This read is recorded in the audit log.</p>
                <dl class="props"><dt>Name</dt><dd>{E(revealed.SourceName)}</dd><dt>Contact</dt><dd>{E(revealed.SourceContact)}</dd>
                <dt>Original file</dt><dd>{E(revealed.OriginalFile)}</dd></dl></section>
                """);
        }
        else if (isProtected && canReveal)
        {
            body.Append($"""
                <form method="post" action="/app/sources/{Url(source.Id)}/reveal"><input type="hidden" name="__RequestVerificationToken" value="{E(token)}">
                <p class="meta">Revealing who gave this source and how to reach them is recorded in the audit log under your name.</p>
                <button type="submit">Reveal the source's identity</button></form>
                """);
        }
        else if (isProtected)
        {
            body.Append($"<p class=\"meta\">Who gave this source is protected; only the {E(Roles.Admin)} role may reveal it.</p>");
        }
        return Page(ProtectedEvidence.Title(source), body.ToString());
    }
}
