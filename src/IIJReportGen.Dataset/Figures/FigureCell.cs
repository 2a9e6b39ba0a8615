using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Dataset.Figures;

/// <summary>How a line's unit reads in a table: an amount (at the table's scale), a per-share amount, a ratio (shown as %), or a count.</summary>
public enum UnitReading
{
    Amount,
    PerShare,
    Ratio,
    Count,
}

/// <summary>The figure one table cell shows: which figure, for which period, in which form, compared with which period.</summary>
/// <remarks>The one rule for table cells, used by the documents' statements, validation and the diff alike.</remarks>
public sealed record FigureCell(string Id, string Period, FigureForm Form, string? Vs)
{
    /// <summary>The cell of a line in a column; null for a caption line, a period the line cannot read (no instant at its start or end),
    /// or a column that does not show this kind of figure (a count has no US$ translation): those cells are blank.</summary>
    public static FigureCell? Of(ReportModel model, Table table, TableLine line, TableColumn column)
    {
        if (line.Concept is not { } id || model.PeriodOf(line, column.Period) is not { } period || FormOf(model, table, id, column.Measure) is not { } form)
            return null;
        if (column.Vs is not { } vs)
            return new FigureCell(id, period, form, null);
        return model.PeriodOf(line, vs) is { } against ? new FigureCell(id, period, form, against) : null;
    }

    /// <summary>How a figure's unit reads in a table shown at <paramref name="display"/>.</summary>
    public static UnitReading Reading(ReportModel model, string id, DisplayScale display)
    {
        var dataset = model.Dataset;
        var unit = dataset.Units[dataset.UnitOf(id)];
        if (model.IsMonetary(id))
            return unit.Denominator is null ? UnitReading.Amount : UnitReading.PerShare;
        return unit.Xbrl == "xbrli:pure" && display != DisplayScale.Units ? UnitReading.Ratio : UnitReading.Count;
    }

    /// <summary>The form a table shows a figure in for a derivation: amounts at the table's scale, a ratio's value as a %,
    /// everything else at its own precision; null where the table shows nothing (US$ only for money).</summary>
    public static FigureForm? FormOf(ReportModel model, Table table, string id, Derivation derivation)
    {
        var reading = Reading(model, id, table.Display);
        if (derivation == Derivation.Usd && reading is UnitReading.Ratio or UnitReading.Count)
            return null;
        var scale = derivation switch
        {
            Derivation.YoyPercent => FigureForm.YoyPercent.Scale,
            _ when reading == UnitReading.Amount => (int)table.Display, // a DisplayScale is its power of ten
            Derivation.Value when reading == UnitReading.Ratio => FigureForm.Percent.Scale,
            _ => 0,
        };
        return FigureForm.Of(derivation, scale);
    }
}
