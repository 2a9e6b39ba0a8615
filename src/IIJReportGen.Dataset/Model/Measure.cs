using IIJReportGen.Dataset.Expressions;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>A derived figure declared in the dataset as an expression (EBITDA, CAPEX, EPS, ratios).</summary>
public sealed record Measure(string Key, string Label, string Unit, int? Decimals, string? Xbrl, Expression Expression, LabelBySign? LabelBySign,
    SourceLocation Location, TdnetMapping? Tdnet = null) : IKeyed;
