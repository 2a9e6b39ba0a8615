using IIJReportGen.Dataset.Expressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Loading;

/// <summary>The units, periods, concepts and measures sections.</summary>
internal sealed partial class DatasetReader
{
    private static readonly string[] PeriodTypes = ["duration", "instant"];
    private static readonly string[] Scenarios = ["actual", "forecast"];
    private static readonly string[] Balances = ["debit", "credit"];
    private static readonly string[] ConceptKinds = ["fact", "reportedChange"];

    private Unit? ReadUnit(string key, JsonItem token)
    {
        if (AsObject(token, $"Unit '{key}'") is not { } json)
            return null;
        var unit = new Unit(key, json.String("label") ?? key, json.String("xbrl"), json.String("numerator"), json.String("denominator"),
            json.String("symbol"), json.String("shortSymbol"), json.String("name"), Where(token));
        json.Finish();
        return unit;
    }

    private Period? ReadPeriod(string key, JsonItem token)
    {
        if (AsObject(token, $"Period '{key}'") is not { } json)
            return null;
        var type = json.Choice("type", PeriodTypes, required: true);
        var instant = type == "instant";
        var start = instant ? null : json.Date("start", required: true);
        var end = json.Date(instant ? "date" : "end", required: true);
        json.Allow(instant ? "start" : "date");
        var scenario = json.Choice("scenario", Scenarios) == "forecast" ? Scenario.Forecast : Scenario.Actual;
        var label = json.String("label") ?? key;
        var shortLabel = json.String("short") ?? key;
        var comparative = json.String("comparative");
        var labelJa = json.String("labelJa");
        if (instant && json.Json["start"] is { } stray)
            json.Invalid(stray, $"Instant period '{key}' has a start date.", "An instant has only \"date\"; use type \"duration\" for a span.");
        json.Finish();
        if (type is null || end is null || (!instant && start is null))
            return null;
        if (start > end)
        {
            diagnostics.Add(Diagnostic.Error(DatasetCodes.PeriodOrder,
                $"Period '{key}' ends ({NumberText.IsoDate(end.Value)}) before it starts ({NumberText.IsoDate(start.Value)}).",
                json.LocationOf("end"), "Swap the dates or correct the typo."));
            return null;
        }
        var period = new Period(key, instant ? PeriodType.Instant : PeriodType.Duration, start, end.Value, scenario, label, shortLabel, comparative, Where(token), labelJa);
        if (!instant && period.Months is null)
            json.Invalid(json.Json["end"]!, $"Period '{key}' runs {NumberText.IsoDate(start!.Value)} to {NumberText.IsoDate(end.Value)}, more than {CalendarMonths.Tolerance} days off a whole number of months.",
                "A duration spans whole calendar months (a 52/53-week period may end up to a week off a month's end); check the dates.");
        return period;
    }

    private Concept? ReadConcept(string key, JsonItem token)
    {
        if (AsObject(token, $"Concept '{key}'") is not { } json)
            return null;
        var label = json.String("label", required: true);
        var unit = json.String("unit", required: true);
        var scale = json.Int("scale", -6, 12) ?? 0;
        var decimals = json.Int("decimals", 0, 10) ?? 0;
        var balance = json.Choice("balance", Balances);
        var kind = json.Choice("kind", ConceptKinds) == "reportedChange" ? ConceptKind.ReportedChange : ConceptKind.Fact;
        var values = ReadValues(json, scale);
        var concept = new Concept(key, label ?? key, json.String("labelJa"), unit ?? "", scale, decimals, balance,
            json.String("xbrl") ?? key, kind, json.String("changeOf"), values, ReadLabelBySign(json), Where(token), ReadTdnet(json));
        json.Finish();
        return label is null || unit is null ? null : concept;
    }

    /// <summary>The largest figure a dataset may hold, in base units (JPY, shares): far beyond any company, well inside decimal's range.</summary>
    private const decimal LargestFigure = 1e24m;

    private static bool IsAbsurd(decimal typed, int scale)
    {
        try
        {
            return Math.Abs(typed * Powers.Ten(scale)) > LargestFigure;
        }
        catch (OverflowException)
        {
            return true;
        }
    }

    private Dictionary<string, FactValue> ReadValues(ObjectReader json, int scale)
    {
        var values = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        foreach (var entry in json.Entries("values", required: true))
        {
            var location = Where(entry.Value);
            if (entry.Value.Kind == JsonKind.Null)
                values[entry.Name] = new FactValue(null, location);
            else if (json.ReadDecimal(entry.Value, $"The value for period '{entry.Name}'") is not { } value)
                continue;
            else if (IsAbsurd(value, scale))
                diagnostics.Add(Diagnostic.Error(DatasetCodes.FigureOutOfRange,
                    $"The value for period '{entry.Name}' is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} × 10^{scale.ToString(System.Globalization.CultureInfo.InvariantCulture)}, beyond any real figure (the limit is 10^24 base units).",
                    location, "Check the figure and the concept's \"scale\" (3 means the figures are typed in thousands)."));
            else
                values[entry.Name] = new FactValue(value, location);
        }
        return values;
    }

    private Measure? ReadMeasure(string key, JsonItem token)
    {
        if (AsObject(token, $"Measure '{key}'") is not { } json)
            return null;
        var label = json.String("label", required: true);
        var unit = json.String("unit", required: true);
        var decimals = json.Int("decimals", -12, 10);
        var xbrl = json.String("xbrl");
        var tdnet = ReadTdnet(json);
        var expression = ParseExpression(json, "expression", ExpressionParser.Parse);
        var bySign = ReadLabelBySign(json);
        json.Finish();
        return label is null || unit is null || expression is null
            ? null
            : new Measure(key, label, unit, decimals, xbrl, expression, bySign, Where(token), tdnet);
    }

    /// <summary>A figure's names by sign ("labelBySign": { "positive": "operating income", "negative": "operating loss" }), when given.</summary>
    private static LabelBySign? ReadLabelBySign(ObjectReader parent)
    {
        if (parent.Object("labelBySign") is not { } json)
            return null;
        var positive = json.String("positive", required: true);
        var negative = json.String("negative", required: true);
        json.Finish();
        return positive is null || negative is null ? null : new LabelBySign(positive, negative);
    }

    /// <summary>A figure's place in the TDnet summary: { "element": "NetSalesUS", "members": ["NonConsolidatedMember"] }.</summary>
    private TdnetMapping? ReadTdnet(ObjectReader json)
    {
        if (json.Object("tdnet") is not { } tdnet)
            return null;
        var element = tdnet.String("element", required: true);
        var members = ReadNames(tdnet, "members");
        tdnet.Finish();
        return element is null ? null : new TdnetMapping(element, members, tdnet.Location);
    }

    /// <summary>Parses an expression property, reporting a syntax error at its column in the file.</summary>
    private T? ParseExpression<T>(ObjectReader json, string name, Func<string, T> parse) where T : class
    {
        var text = json.String(name, required: true);
        if (text is null)
            return null;
        try
        {
            return parse(text);
        }
        catch (ExpressionSyntaxException e)
        {
            var at = json.LocationOf(name);
            var column = at.Column > 0 ? at.Column + 1 + e.Position : 0;
            diagnostics.Add(Diagnostic.Error(DatasetCodes.ExpressionSyntax, $"In '{name}' \"{text}\": {e.Message}",
                at with { Column = column },
                "Write ids joined by + - * /, with parentheses; pin a period as Id@KEY, Id@start or Id@end."));
            return null;
        }
    }
}
