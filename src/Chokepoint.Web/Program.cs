using Chokepoint.Web;

var app = ChokepointWeb.Create(args);
await app.RunAsync();

/// <summary>The web app's entry point; <see cref="ChokepointWeb"/> builds it (tests use it through WebApplicationFactory).</summary>
public partial class Program;
