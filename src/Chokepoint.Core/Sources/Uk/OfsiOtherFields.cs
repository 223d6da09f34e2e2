using Chokepoint.Importing;

namespace Chokepoint.Sources.Uk;

/// <summary>Structured fields of "Other Information" that are properties of the listed entity (the full text stays in notes).</summary>
public static class OfsiOtherFields
{
    public static void Apply(EntityRecord entity, Dictionary<string, string> fields)
    {
        var isPerson = entity.Schema == "Person";
        var isVessel = entity.Schema == "Vessel";
        foreach (var (key, value) in fields)
        {
            switch (key.ToLowerInvariant())
            {
                case "gender" when isPerson:
                    var gender = value.ToLowerInvariant();
                    entity.Add("gender", gender is "male" or "female" ? gender : null);
                    break;
                case "email address" when !isVessel:
                    foreach (var email in ListValues.Numbered(value).Where(e => e.Length <= 250 && e.Contains('@')))
                        entity.Add("email", email);
                    break;
                case "phone number" when !isVessel:
                    foreach (var phone in ListValues.Numbered(value).Where(p => p.Length <= 64))
                        entity.Add("phone", phone);
                    break;
                case "website" when !isVessel:
                    foreach (var site in ListValues.Numbered(value))
                        entity.Add("website", Url(site));
                    break;
                case "type of entity" when !isPerson && !isVessel:
                    entity.Add("legalForm", value.Length <= 1024 ? value : null);
                    break;
                case "business reg no" when !isVessel:
                    foreach (var number in ListValues.Numbered(value))
                        ListValues.AddIdentifier(entity, "registrationNumber", number);
                    break;
                case "imo number" when isVessel:
                    ListValues.AddIdentifier(entity, "imoNumber", value);
                    break;
                case "flag of ship" when isVessel:
                    ListValues.AddCountries(entity, "flag", value);
                    break;
                case "type of ship" when isVessel:
                    entity.Add("type", value);
                    break;
            }
        }
    }

    private static string? Url(string text)
    {
        var candidate = text.Contains("://", StringComparison.Ordinal) ? text : "http://" + text;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.') && !text.Contains(' ') ? candidate : null;
    }
}
