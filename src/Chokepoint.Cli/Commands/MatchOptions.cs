using System.CommandLine;
using Chokepoint.Matching;
using Chokepoint.Matching.Algorithms;

namespace Chokepoint.Cli.Commands;

/// <summary>Options shared by <c>match</c> and <c>screen</c>, mapped onto <see cref="MatchParameters"/>.</summary>
public sealed class MatchOptions
{
    public Option<string> Schema { get; } = new("--schema") { Description = "Schema of the query: Person, Organization, Company, LegalEntity, Vessel, Airplane", DefaultValueFactory = _ => "LegalEntity" };
    public Option<string?> BirthDate { get; } = new("--birth-date") { Description = "Birth (or incorporation) date: YYYY, YYYY-MM or YYYY-MM-DD" };
    public Option<string?> Country { get; } = new("--country") { Description = "Country code or name (by, Belarus, Беларусь)" };
    public Option<string?> Identifier { get; } = new("--identifier") { Description = "Registration, tax or passport number" };
    public Option<string> Algorithm { get; } = new("--algorithm") { Description = "name-basic or logic-v1", DefaultValueFactory = _ => MatchAlgorithms.DefaultName };
    public Option<double> Threshold { get; } = new("--threshold") { Description = "Score at which a candidate is a match", DefaultValueFactory = _ => MatchAlgorithms.DefaultThreshold };
    public Option<int> Limit { get; } = new("--limit") { Description = "Results per name", DefaultValueFactory = _ => 5 };
    public Option<bool> NoTranslit { get; } = new("--no-translit") { Description = "Compare names in their own script only" };
    public Option<string> Dataset { get; } = new("--dataset") { Description = "Dataset to search (default: all loaded)", DefaultValueFactory = _ => Matcher.DefaultDataset };

    public void AddTo(Command command, bool single = true)
    {
        if (single)
        {
            command.Options.Add(Schema);
            command.Options.Add(BirthDate);
            command.Options.Add(Country);
            command.Options.Add(Identifier);
        }
        command.Options.Add(Algorithm);
        command.Options.Add(Threshold);
        command.Options.Add(Limit);
        command.Options.Add(NoTranslit);
        command.Options.Add(Dataset);
    }

    public MatchParameters Parameters(ParseResult parse) => new()
    {
        Algorithm = parse.GetValue(Algorithm)!,
        Threshold = parse.GetValue(Threshold),
        Limit = parse.GetValue(Limit),
        Transliterate = !parse.GetValue(NoTranslit),
    };
}
