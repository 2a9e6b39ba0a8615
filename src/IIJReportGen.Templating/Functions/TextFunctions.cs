using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Templating.Figures;
using IIJReportGen.Templating.Rendering;
using Scriban;
using Scriban.Runtime;

namespace IIJReportGen.Templating.Functions;

/// <summary>Dataset narrative (escaped, with its {Concept@PERIOD|form} references written as figures), dates and period labels.</summary>
internal sealed class TextFunctions(RenderSession session, ReferenceExpander expander) : TemplateFunctions
{
    /// <summary>A one-paragraph text; a text of several paragraphs must be written with <c>paragraphs</c>.</summary>
    public Markup Text(TemplateContext context, string key)
    {
        var text = session.RequireText(context, key);
        if (text.Paragraphs.Count != 1)
            throw session.Error(context, $"Text '{key}' has {text.Paragraphs.Count} paragraphs.", $"Write it with: for p in paragraphs \"{key}\" … end.");
        return expander.Expand(context, text.Paragraphs[0]);
    }

    public ScriptArray Paragraphs(TemplateContext context, string key) =>
        new(session.RequireText(context, key).Paragraphs.Select(p => expander.Expand(context, p)));

    public bool HasText(string key) => session.Dataset.Texts.Contains(key);

    /// <summary>Who is quoted in a text.</summary>
    public string Speaker(TemplateContext context, string key) => Attribute(context, key, t => t.Speaker, "speaker");

    public string SpeakerTitle(TemplateContext context, string key) => Attribute(context, key, t => t.Title, "title");

    /// <summary>How the quote is attributed: "said", "followed", "continued".</summary>
    public string Verb(TemplateContext context, string key) => Attribute(context, key, t => t.Verb, "verb");

    /// <summary>A named date of the report ("release", "dividendPayment"): "November 8, 2013".</summary>
    public string Date(TemplateContext context, string key) =>
        session.Dataset.Report.Dates.TryGetValue(key, out var date)
            ? session.Presentation.Date(date)
            : throw session.Error(context, $"The dataset has no report date '{key}'.", Hint(key, session.Dataset.Report.Dates.Keys, "dates"));

    /// <summary>A named phrase of the report ("fiscalYear", "title").</summary>
    public string Label(TemplateContext context, string key) =>
        session.Dataset.Report.Labels.TryGetValue(key, out var label)
            ? label
            : throw session.Error(context, $"The dataset has no report label '{key}'.", Hint(key, session.Dataset.Report.Labels.Keys, "labels"));

    /// <summary>"Six Months Ended September 30, 2013".</summary>
    public string PeriodLabel(TemplateContext context, string period) => session.RequirePeriod(context, period).Label;

    /// <summary>The period's Japanese heading: "26年3月期第2四半期".</summary>
    public string PeriodLabelJa(TemplateContext context, string period) =>
        session.RequirePeriod(context, period).LabelJa
        ?? throw session.Error(context, $"Period '{period}' has no Japanese heading.", $"Add \"labelJa\" to period '{period}' in the dataset.");

    /// <summary>"1H13".</summary>
    public string PeriodShort(TemplateContext context, string period) => session.RequirePeriod(context, period).Short;

    /// <summary>The period's end (or an instant's date): "September 30, 2013".</summary>
    public string PeriodDate(TemplateContext context, string period) => session.Presentation.Date(session.RequirePeriod(context, period).End);

    /// <summary>A duration's first day: "April 1, 2013".</summary>
    public string PeriodStartDate(TemplateContext context, string period) =>
        session.RequirePeriod(context, period).Start is { } start
            ? session.Presentation.Date(start)
            : throw session.Error(context, $"Period '{period}' is an instant; it has no start date.", "Use period_date.");

    /// <summary>The period a YoY change of this period compares with.</summary>
    public string Comparative(TemplateContext context, string period) =>
        session.RequirePeriod(context, period).Comparative
        ?? throw session.Error(context, $"Period '{period}' has no comparative period.", $"Add \"comparative\" to period '{period}' in the dataset.");

    /// <summary>The instant the day before a duration starts (opening balances): 1H13 → FY2012-end.</summary>
    public string OpeningInstant(TemplateContext context, string period) => Instant(context, period, opening: true);

    /// <summary>The instant a duration ends on (closing balances): 1H13 → 1H13-end.</summary>
    public string ClosingInstant(TemplateContext context, string period) => Instant(context, period, opening: false);

    /// <summary>The instant period on a named report date ("release" → the period dated November 8, 2013).</summary>
    public string InstantOn(TemplateContext context, string dateKey)
    {
        Date(context, dateKey);
        var date = session.Dataset.Report.Dates[dateKey];
        return session.Dataset.Periods.FirstOrDefault(p => p.Type == PeriodType.Instant && p.Scenario == Scenario.Actual && p.End == date)?.Key
            ?? throw session.Error(context, $"No instant period is dated {NumberText.Date(date)} (report date '{dateKey}').", "Add an instant period with that date to the dataset.");
    }

    public string ConceptLabel(TemplateContext context, string id)
    {
        session.RequireFigure(context, id);
        return session.Dataset.LabelOf(id);
    }

    /// <summary>The figure's Japanese label (a concept's labelJa).</summary>
    public string ConceptLabelJa(TemplateContext context, string id)
    {
        session.RequireFigure(context, id);
        return session.Dataset.Concepts.TryGet(id, out var concept) && concept.LabelJa is { } label ? label
            : throw session.Error(context, $"'{id}' has no Japanese label.", $"Add \"labelJa\" to concept '{id}' in the dataset.");
    }

    /// <summary>The convenience rate as the policy gives it: "98.29" (JPY per US$1.00).</summary>
    public string ConvenienceRate()
    {
        var rate = session.Policies.Convenience.Rate;
        return session.Presentation.Text(rate, rate.Scale);
    }

    /// <summary>One unit of the convenience currency, as the rate's "per" says it: "US$1.00".</summary>
    public string ConvenienceUnit(TemplateContext context)
    {
        var currency = session.Model.Currencies.Convenience
            ?? throw session.Error(context, "The convenience translation's currency has no unit in the dataset.", "Add the currency's unit to the dataset's units.");
        return currency.Words.Symbol + session.Presentation.Text(1m, FigureForm.UsdUnits.FixedDecimals);
    }

    public string ConvenienceDate() => session.Presentation.Date(session.Policies.Convenience.Date);

    public string ConvenienceBasis(TemplateContext context) =>
        session.Policies.Convenience.Basis ?? throw session.Error(context, "The convenience translation policy has no basis.", "Add \"basis\" to policies.convenienceTranslation.");

    private string Instant(TemplateContext context, string period, bool opening)
    {
        session.RequirePeriod(context, period);
        return session.Model.InstantAt(period, opening)
            ?? throw session.Error(context, $"No instant period is dated at the {(opening ? "opening" : "closing")} of '{period}'.", "Add that instant period to the dataset.");
    }

    private string Attribute(TemplateContext context, string key, Func<TextBlock, string?> attribute, string name) =>
        attribute(session.RequireText(context, key))
        ?? throw session.Error(context, $"Text '{key}' has no {name}.", $"Add \"{name}\" to text '{key}' in the dataset.");

    private static string Hint(string key, IEnumerable<string> known, string kind) =>
        Suggestion.Hint(key, known.ToList(), kind);
}
