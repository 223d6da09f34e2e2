using Chokepoint.Sources.Csv;

namespace Chokepoint.Sources.UsTrade;

/// <summary>Column positions of a CSL file; <see cref="Modern"/> tells the 2025 layout (ids as "type, number, country") from the older one ("country, number, type").</summary>
public sealed class CslColumns(CsvHeader header)
{
    public int Width { get; } = header.Row.Fields.Length;
    public bool Modern { get; } = header.Has("_id");
    public int Id { get; } = header.Index("_id");
    public int Source { get; } = header.Index("source");
    public int EntityNumber { get; } = header.Index("entity_number");
    public int Type { get; } = header.Index("type");
    public int Programs { get; } = header.Index("programs");
    public int Name { get; } = header.Index("name");
    public int Title { get; } = header.Index("title");
    public int Addresses { get; } = header.Index("addresses");
    public int FederalRegisterNotice { get; } = header.Index("federal_register_notice");
    public int StartDate { get; } = header.Index("start_date");
    public int EndDate { get; } = header.Index("end_date");
    public int StandardOrder { get; } = header.Index("standard_order");
    public int LicenseRequirement { get; } = header.Index("license_requirement");
    public int LicensePolicy { get; } = header.Index("license_policy");
    public int CallSign { get; } = header.Index("call_sign");
    public int VesselType { get; } = header.Index("vessel_type");
    public int VesselFlag { get; } = header.Index("vessel_flag");
    public int VesselOwner { get; } = header.Index("vessel_owner");
    public int Remarks { get; } = header.Index("remarks");
    public int SourceListUrl { get; } = header.Index("source_list_url");
    public int AltNames { get; } = header.Index("alt_names");
    public int Citizenships { get; } = header.Index("citizenships");
    public int DatesOfBirth { get; } = header.Index("dates_of_birth");
    public int Nationalities { get; } = header.Index("nationalities");
    public int PlacesOfBirth { get; } = header.Index("places_of_birth");
    public int SourceInformationUrl { get; } = header.Index("source_information_url");
    public int Ids { get; } = header.Index("ids");
}
