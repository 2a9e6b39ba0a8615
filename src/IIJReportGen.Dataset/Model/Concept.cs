using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>What a concept's values are: ordinary facts, or a % change the source reports without its base.</summary>
public enum ConceptKind
{
    Fact,
    ReportedChange,
}

/// <summary>One typed figure: the value as the source prints it (null for a dash), and where it was typed.</summary>
public sealed record FactValue(decimal? Typed, SourceLocation Location);

/// <summary>An economic item (revenue, a share count, a bandwidth) with its metadata and its values per period.</summary>
/// <remarks>A reported-change concept names in <see cref="ChangeOf"/> the concept whose % change it reports, typed in percent.</remarks>
public sealed record Concept(
    string Key,
    string Label,
    string? LabelJa,
    string Unit,
    int Scale,
    int Decimals,
    string? Balance,
    string Xbrl,
    ConceptKind Kind,
    string? ChangeOf,
    IReadOnlyDictionary<string, FactValue> Values,
    LabelBySign? LabelBySign,
    SourceLocation Location,
    TdnetMapping? Tdnet = null) : IKeyed
{
    /// <summary>The value in base units (JPY, shares …): the typed figure times 10^scale; a dash counts as zero.</summary>
    public decimal? BaseValue(string period) =>
        Values.TryGetValue(period, out var value) ? (value.Typed ?? 0m) * Powers.Ten(Scale) : null;

    /// <summary>The precision of the base value in XBRL terms (thousands → -3).</summary>
    public int BaseDecimals => Decimals - Scale;
}
