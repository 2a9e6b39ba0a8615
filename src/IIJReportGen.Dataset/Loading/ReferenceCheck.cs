using IIJReportGen.Dataset.Expressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Loading;

/// <summary>Checks that every name the dataset uses is defined: units, periods, concepts, measures, lines, tables.</summary>
/// <remarks>Runs after reading, so downstream stages can rely on every reference resolving.</remarks>
internal sealed class ReferenceCheck(ReportDataset dataset, DiagnosticBag diagnostics)
{
    public static void Run(ReportDataset dataset, DiagnosticBag diagnostics)
    {
        var check = new ReferenceCheck(dataset, diagnostics);
        check.Units();
        check.Periods();
        check.Concepts();
        check.Measures();
        check.Tables();
        check.Rules();
        check.Texts();
        check.Report();
        check.Currencies();
    }

    /// <summary>A ratio unit's parts are plain units (JPY, shares), so naming and measuring it never loops or misses.</summary>
    private void Units()
    {
        foreach (var unit in dataset.Units)
            foreach (var part in new[] { unit.Numerator, unit.Denominator }.OfType<string>())
                if (!dataset.Units.TryGet(part, out var partUnit))
                    Undefined("unit", part, unit.Location, dataset.Units.Keys.ToList());
                else if (partUnit.Numerator is not null || partUnit.Denominator is not null)
                    Error($"Unit '{unit.Key}' divides by or into '{part}', which is itself a ratio unit.", unit.Location,
                        "Name plain units (a currency, shares) as a ratio unit's numerator and denominator.");
    }

    private void Periods()
    {
        foreach (var period in dataset.Periods)
            if (period.Comparative is { } comparative && Period(comparative, period.Location, "comparative period") is { } other && other.Type != period.Type)
                Error($"Period '{period.Key}' compares with '{comparative}', which is not also a{(period.Type == PeriodType.Instant ? "n instant" : " duration")}.",
                    period.Location, "A comparative must be the same kind of period one year earlier.");
    }

    private void Concepts()
    {
        foreach (var concept in dataset.Concepts)
        {
            Unit(concept.Unit, concept.Location);
            if (concept.ChangeOf is { } changeOf)
                Figure(changeOf, concept.Location);
            foreach (var (period, value) in concept.Values)
                Period(period, value.Location, "period");
        }
    }

    private void Measures()
    {
        foreach (var measure in dataset.Measures)
        {
            Unit(measure.Unit, measure.Location);
            Expression(measure.Expression, measure.Location);
        }
        new MeasureCycleCheck(dataset, diagnostics).Run();
    }

    private void Tables()
    {
        foreach (var table in dataset.Tables)
        {
            if (table.LinesFrom is { } source && !dataset.Tables.Contains(source))
                Undefined("table", source, table.Location, dataset.Tables.Keys);
            foreach (var column in table.Columns)
                Column(column);
            if (table.LinesFrom is null)
                new TableLineCheck(dataset, table, diagnostics).Run();
        }
        new LinesFromCycleCheck(dataset, diagnostics).Run();
    }

    private void Column(TableColumn column)
    {
        if (Period(column.Period, column.Location, "period") is not { } period)
            return;
        if (column.Vs is { } vs)
            Period(vs, column.Location, "comparison period");
        else if (column.Measure.Compares() && period.Comparative is null)
            Error($"Column for '{period.Key}' shows a change, but period '{period.Key}' has no comparative.", column.Location,
                $"Add \"comparative\" to period '{period.Key}', or \"vs\" to the column.");
    }

    private void Rules()
    {
        foreach (var tieOut in dataset.TieOuts)
        {
            Expression(tieOut.Left, tieOut.Location);
            Expression(tieOut.Right, tieOut.Location);
            foreach (var period in tieOut.Periods ?? [])
                Period(period, tieOut.Location, "period");
        }
        foreach (var figure in dataset.AsPublished)
        {
            Figure(figure.Of, figure.Location);
            Period(figure.Period, figure.Location, "period");
            if (figure.Vs is { } vs)
                Period(vs, figure.Location, "comparison period");
        }
    }

    private void Texts()
    {
        foreach (var text in dataset.Texts)
            foreach (var reference in text.Paragraphs.SelectMany(TextReference.FindAll))
            {
                if (reference.DateName is { } date)
                {
                    if (!dataset.Report.Dates.ContainsKey(date))
                        Undefined($"report date in text '{text.Key}',", date, text.Location, dataset.Report.Dates.Keys);
                    continue;
                }
                if (reference.Id is { } id)
                    Figure(id, text.Location);
                var period = Period(reference.Period, text.Location, "period");
                if (reference.Problem is { } problem)
                    Error($"Text '{text.Key}': {problem.Message}", text.Location, problem.Hint);
                else if (reference.Format == TextReference.StartFormat && period is { Start: null })
                    Error($"Text '{text.Key}': {reference.Placeholder} asks for the first day of '{reference.Period}', an instant.", text.Location,
                        $"Write {{@{reference.Period}|{TextReference.DateFormat}}} for its date, or name a duration.");
                else if (reference.Form is { Compares: true } && period?.Comparative is null)
                    Error($"Text '{text.Key}': {reference.Placeholder} shows a change, but period '{reference.Period}' has no comparative.", text.Location,
                        $"Add \"comparative\" to period '{reference.Period}'.");
            }
    }

    private void Report()
    {
        var report = dataset.Report;
        var location = new SourceLocation(dataset.File, 0, 0, "$.report");
        foreach (var key in new[] { report.Current, report.Quarter, report.BalanceSheet, report.FiscalYear })
            if (key is not null)
                Period(key, location, "period");
    }

    /// <summary>The documents write two currencies' words: the one every monetary figure is in, and the convenience translation's.</summary>
    private void Currencies()
    {
        var convenience = dataset.Policies.Convenience;
        if (Model.Currencies.Of(dataset).Convenience is null)
            Error($"The convenience translation's currency '{convenience.Currency}' has no unit in the dataset.", convenience.Location,
                $"Add a unit with \"xbrl\": \"iso4217:{convenience.Currency}\" and the words documents write it with (label, symbol, name).");
        var reporting = Model.Currencies.ReportingUnits(dataset);
        if (reporting.Count > 1)
            Error($"The dataset's figures are in {reporting.Count} currencies ({string.Join(", ", reporting.Select(u => u.Key))}); they are reported in one.",
                dataset.Units[reporting[1].Key].Location, "Type every monetary figure in the reporting currency; the convenience translation derives the other.");
    }

    private void Expression(Expression expression, SourceLocation location)
    {
        foreach (var reference in expression.References())
        {
            Figure(reference.Id, location);
            if (reference.PeriodKey is { } period)
                Period(period, location, "period");
        }
    }

    private void Figure(string id, SourceLocation location)
    {
        if (!dataset.IsFigure(id))
            Undefined("concept or measure", id, location, dataset.Concepts.Keys.Concat(dataset.Measures.Keys).ToList());
    }

    private void Unit(string key, SourceLocation location)
    {
        if (!dataset.Units.Contains(key))
            Undefined("unit", key, location, dataset.Units.Keys.ToList());
    }

    private Period? Period(string key, SourceLocation location, string what)
    {
        if (dataset.Periods.TryGet(key, out var period))
            return period;
        Undefined(what, key, location, dataset.Periods.Keys.ToList());
        return null;
    }

    private void Undefined(string what, string key, SourceLocation location, IEnumerable<string> known) =>
        diagnostics.Add(Diagnostic.Error(DatasetCodes.UndefinedReference, $"Undefined {what} '{key}'.", location,
            Suggestion.Hint(key, known.ToList(), what + "s")));

    private void Error(string message, SourceLocation location, string hint) =>
        diagnostics.Add(Diagnostic.Error(DatasetCodes.UndefinedReference, message, location, hint));
}
