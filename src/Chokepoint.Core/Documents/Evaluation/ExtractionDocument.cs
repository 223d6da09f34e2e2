namespace Chokepoint.Documents.Evaluation;

/// <summary>The gold format of issue 7, also what <c>extract --yaml</c> prints (with confidences and the extra kinds).</summary>
public sealed class ExtractionDocument
{
    public string Document { get; set; } = "";
    public List<GoldMention> Mentions { get; set; } = [];
    public List<GoldClaim> Claims { get; set; } = [];
    public List<GoldRelation> Relations { get; set; } = [];
    public List<GoldDate>? Dates { get; set; }
    public List<GoldObservation>? Observations { get; set; }
    public List<string>? Flags { get; set; }
}

public sealed class GoldMention
{
    public string Entity { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<string> Forms { get; set; } = [];
    public double? Confidence { get; set; }
}

public sealed class GoldClaim
{
    public double Value { get; set; }
    public string Unit { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Quote { get; set; } = "";
    public string? Period { get; set; }
}

public sealed class GoldRelation
{
    public string Subject { get; set; } = "";
    public string Predicate { get; set; } = "";
    public string Object { get; set; } = "";
    public string Quote { get; set; } = "";
}

public sealed class GoldDate
{
    public string Text { get; set; } = "";
    public string Value { get; set; } = "";
    public string Precision { get; set; } = "";
    public string? Until { get; set; }
    public bool? Since { get; set; }
}

public sealed class GoldObservation
{
    public string? Entity { get; set; }
    public string Indicator { get; set; } = "";
    public double? Value { get; set; }
    public double? Change { get; set; }
    public string Quote { get; set; } = "";
}
