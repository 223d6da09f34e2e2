using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.Uk;

/// <summary>Column positions of the ConList layout (the 2020 file says "NI Details" where later ones say "National Identification Details").</summary>
public sealed class OfsiColumns(CsvHeader header)
{
    public int[] Names { get; } = [.. new[] { "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6" }.Select(n => header.Index(n))];
    public int Title { get; } = header.Index("Title");
    public int NonLatin { get; } = header.Index("Name Non-Latin Script");
    public int Dob { get; } = header.Index("DOB");
    public int TownOfBirth { get; } = header.Index("Town of Birth");
    public int CountryOfBirth { get; } = header.Index("Country of Birth");
    public int Nationality { get; } = header.Index("Nationality");
    public int PassportNumber { get; } = header.Index("Passport Number");
    public int PassportDetails { get; } = header.Index("Passport Details");
    public int NationalId { get; } = header.Index("National Identification Number");
    public int NationalIdDetails { get; } = header.Index("National Identification Details", "NI Details");
    public int Position { get; } = header.Index("Position");
    public int[] Address { get; } = [.. new[] { "Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6" }.Select(n => header.Index(n))];
    public int PostCode { get; } = header.Index("Post/Zip Code");
    public int Country { get; } = header.Index("Country");
    public int OtherInformation { get; } = header.Index("Other Information");
    public int GroupType { get; } = header.Index("Group Type");
    public int AliasType { get; } = header.Index("Alias Type");
    public int AliasQuality { get; } = header.Index("Alias Quality");
    public int Regime { get; } = header.Index("Regime");
    public int ListedOn { get; } = header.Index("Listed On");
    public int Designated { get; } = header.Index("UK Sanctions List Date Designated");
    public int LastUpdated { get; } = header.Index("Last Updated");
}
