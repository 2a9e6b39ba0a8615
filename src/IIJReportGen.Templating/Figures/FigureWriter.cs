using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Templating.InlineXbrl;
using IIJReportGen.Templating.Rendering;
using IIJReportGen.Xbrl;
using IIJReportGen.Xbrl.Tdnet;
using Scriban;

namespace IIJReportGen.Templating.Figures;

/// <summary>Writes one figure the way the document's <see cref="Presentation"/> shows it, tagged for Inline XBRL where it is a fact, recording where it was used.</summary>
internal sealed class FigureWriter(RenderSession session)
{
    /// <summary>The figure as the form shows it, or a clear error when the dataset cannot derive it (a placeholder in a draft).</summary>
    /// <remarks>With magnitude, the absolute value: the prose says "used in", "an expense of" instead of a sign.</remarks>
    public Markup Write(TemplateContext context, string id, string period, FigureForm form, string? vs = null, bool magnitude = false) =>
        TryWrite(context, id, period, form, vs, magnitude, table: null)
        ?? session.Missing(context, id, period, $"'{id}' has no {Describe(form)} for period '{period}'{(vs is null ? "" : $" against '{vs}'")}.",
            "Add the value to the dataset, or use another period or helper.");

    /// <summary>True when the dataset has or derives a value of the figure for the period.</summary>
    public bool HasValue(TemplateContext context, string id, string period)
    {
        session.RequireFigure(context, id);
        session.RequirePeriod(context, period);
        return session.Model.Value(id, period) is not null;
    }

    /// <summary>The figure as the form shows it, or null when the dataset has no value to derive it from.</summary>
    public Markup? TryWrite(TemplateContext context, string id, string period, FigureForm form, string? vs, bool magnitude, string? table)
    {
        session.RequireFigure(context, id);
        session.RequirePeriod(context, period);
        if (vs is not null)
            session.RequirePeriod(context, vs);
        if (session.Presentation.Show(id, period, form, vs) is not { } shown)
            return null;
        var markup = Render(context, shown, id, period, vs, magnitude);
        return markup.Marked(session.Use(context, id, period, form.Name, form.Compares ? session.Model.Comparative(period, vs) : null, table, markup.PlainText));
    }

    private Markup Render(TemplateContext context, ShownFigure shown, string id, string period, string? vs, bool magnitude)
    {
        var tags = session.InlineFacts;
        if (tags is null || shown.As == ShownAs.NotMeaningful || Place(context, tags, id, period, shown.Form, vs) is not { } place)
            return Markup.Text(magnitude ? shown.Digits : shown.Text);
        return shown.As == ShownAs.Dash ? tags.Nil(place, shown.Text) : tags.Tag(place, shown, magnitude);
    }

    /// <summary>Where the figure goes in the TDnet summary, or null when it is not one of its facts.</summary>
    private SummaryFigure? Place(TemplateContext context, InlineFacts tags, string id, string period, FigureForm form, string? vs)
    {
        try
        {
            return tags.Place(id, period, form, vs);
        }
        catch (XbrlMappingException e)
        {
            throw session.Error(context, e.Message, "The TDnet summary shows its figures for the periods TDnet names (from the start of the fiscal year); show this one as text, or another period.");
        }
    }

    private static string Describe(FigureForm form) => form.Derivation switch
    {
        Derivation.Usd => "US$ translation (is it in JPY?)",
        Derivation.Change => "value to compare (does the period or its comparative lack one?)",
        Derivation.YoyPercent => "% change (does the period or its comparative lack a value?)",
        _ => "value",
    };
}
