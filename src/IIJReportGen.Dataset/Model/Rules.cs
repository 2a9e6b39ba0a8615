using IIJReportGen.Dataset.Expressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>A cross-statement rule declared in data: LEFT = RIGHT for every period where it applies.</summary>
public sealed record TieOut(string Id, string Description, string Rule, Expression Left, Expression Right, IReadOnlyList<string>? Periods, SourceLocation Location);

/// <summary>A figure as the published document printed it, kept to compare with the derived figure.</summary>
public sealed record PublishedFigure(string Of, string Period, FigureForm As, decimal Value, string? Vs, string Source, SourceLocation Location);
