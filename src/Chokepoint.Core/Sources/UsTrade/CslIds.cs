using Chokepoint.Importing;

namespace Chokepoint.Sources.UsTrade;

/// <summary>
/// The CSL <c>ids</c> column: "; "-joined triples, "type, number, country" in the 2025 layout and
/// "country, number, type" in the older one. Known types become properties; the rest stay as notes.
/// </summary>
public static class CslIds
{
    public static void Apply(EntityRecord entity, string text, bool modern)
    {
        foreach (var item in ListValues.Split(text))
        {
            var parts = item.Split(", ", 3, StringSplitOptions.TrimEntries);
            if (parts.Length < 2)
            {
                entity.Add("notes", item);
                continue;
            }
            var (type, number) = modern ? (parts[0], parts[1]) : parts.Length == 3 ? (parts[2], parts[1]) : (parts[1], parts[0]);
            var prop = Prop(type.ToLowerInvariant(), entity.Schema);
            if (prop is null)
                entity.Add("notes", item);
            else if (prop == "gender")
                entity.Add("gender", number.ToLowerInvariant() is "male" or "female" ? number.ToLowerInvariant() : null);
            else if (prop is "email" or "website")
                entity.Add(prop, prop == "website" && !Uri.IsWellFormedUriString(number, UriKind.Absolute) ? null : number);
            else
                ListValues.AddIdentifier(entity, prop, number.Replace("IMO ", "", StringComparison.Ordinal));
        }
    }

    private static string? Prop(string type, string schema) => (type, schema) switch
    {
        (_, "Person") when type.Contains("passport") => "passportNumber",
        ("gender", "Person") => "gender",
        (_, "Vessel") when type.Contains("vessel registration") || type.StartsWith("imo") => "imoNumber",
        (_, not "Vessel") when type.Contains("tax id") || type.Contains("inn") => "taxNumber",
        (_, not "Vessel") when type.Contains("registration") || type.Contains("matricula") || type.Contains("ogrn") => "registrationNumber",
        (_, not "Vessel") when type.Contains("national id") || type.Contains("cedula") || type.Contains("identification number") => "idNumber",
        ("email address", not "Vessel") => "email",
        ("website", not "Vessel") => "website",
        _ => null,
    };
}
