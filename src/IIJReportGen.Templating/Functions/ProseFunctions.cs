using IIJReportGen.Dataset.Figures;
using IIJReportGen.Templating.Figures;
using IIJReportGen.Templating.Rendering;
using Scriban;
using Reading = IIJReportGen.Dataset.Figures.Trend;

namespace IIJReportGen.Templating.Functions;

/// <summary>Words chosen by the figures as shown, so a sentence is a pattern: "up 6.4%" / "almost flat" / "unchanged", a trend
/// to choose the pattern by, and a figure's name by its sign ("operating loss"). <see cref="FigureWords"/> decides them.</summary>
internal sealed class ProseFunctions(RenderSession session, FigureWriter figures) : TemplateFunctions
{
    /// <summary>"up 6.4%", "down 7.8%", "almost flat" or "unchanged"; an error where the % change is not meaningful (choose that
    /// sentence's pattern by <c>trend</c> first).</summary>
    public Markup Yoy(TemplateContext context, string id, string period, string? vs = null)
    {
        if (Judge(context, id, period, FigureForm.YoyPercent, vs) is not var (trend, use))
            return Markup.Text(RenderSession.Placeholder(id, period));
        var words = trend switch
        {
            Reading.Flat => Markup.Text("almost flat"),
            Reading.Unchanged => Markup.Text("unchanged"),
            Reading.NotMeaningful => throw session.Error(context,
                $"'{id}' has no meaningful % change for '{period}' (its base is not positive, or its sign changed).",
                "Choose the sentence by trend: for \"not_meaningful\", name both figures instead of a % change."),
            _ => Markup.Join([Markup.Text(trend == Reading.Up ? "up " : "down "),
                figures.Write(context, id, period, FigureForm.YoyPercent, vs, magnitude: true), Markup.Text("%")]),
        };
        return words.Marked(use);
    }

    /// <summary>How the % change against the comparative (or <paramref name="vs"/>) reads, as shown: "up", "down", "flat"
    /// (almost flat), "unchanged" or "not_meaningful" — to choose a sentence pattern by.</summary>
    public string Trend(TemplateContext context, string id, string period, string? vs = null) =>
        Chosen(Judge(context, id, period, FigureForm.YoyPercent, vs));

    /// <summary>The trend a draft reads where a figure is missing: the template's sentence for it shows the figures' placeholders.</summary>
    public const string MissingTrend = "missing";

    /// <summary>How the change reads as shown in <paramref name="form"/> ("changeMillions"): "up", "down", "flat" (it rounds to
    /// zero) or "unchanged" — so a sentence never says "increased by JPY0 million".</summary>
    public string ChangeTrend(TemplateContext context, string id, string period, string form, string? vs = null) =>
        Chosen(Judge(context, id, period, Form(context, form), vs));

    /// <summary>The figure's name for its sign as shown in <paramref name="form"/> ("millions"): "operating income" or "operating loss",
    /// from the dataset's labelBySign.</summary>
    public string LabelBySign(TemplateContext context, string id, string period, string form)
    {
        session.RequireFigure(context, id);
        session.RequirePeriod(context, period);
        var shownIn = Form(context, form);
        if (session.Dataset.LabelBySignOf(id) is null)
            throw session.Error(context, $"'{id}' has no names by sign in the dataset.",
                $"Add \"labelBySign\": {{ \"positive\": …, \"negative\": … }} to '{id}'.");
        if (session.Words.Label(id, period, shownIn) is not { } label)
            return session.Missing(context, id, period, $"'{id}' has no value for '{period}' to choose its name by.", "Check the period and the dataset's values.").PlainText;
        session.ChoseWord(session.Use(context, id, period, shownIn.Name, null, null));
        return label;
    }

    /// <summary>The trend as shown and the number of its fact use; null in a draft where a figure is missing.</summary>
    private (Reading Trend, int Use)? Judge(TemplateContext context, string id, string period, FigureForm form, string? vs)
    {
        session.RequireFigure(context, id);
        session.RequirePeriod(context, period);
        if (vs is not null)
            session.RequirePeriod(context, vs);
        if (!form.Compares)
            throw session.Error(context, $"A trend is read on a change or a % change, not on '{form.Name}'.", "Name a change form such as \"changeMillions\".");
        if (session.Words.Trend(id, period, form, vs) is not { } trend)
        {
            session.Missing(context, id, period, $"'{id}' has no {form.Description} for '{period}': the period or the one it compares with has no value.",
                "Check the period's comparative and the dataset's values.");
            return null;
        }
        return (trend, session.Use(context, id, period, form.Name, session.Model.Comparative(period, vs), null));
    }

    /// <summary>The trend's name for a template to choose by; the next text written is marked with its use.</summary>
    private string Chosen((Reading Trend, int Use)? reading)
    {
        if (reading is not { } judged)
            return MissingTrend;
        session.ChoseWord(judged.Use);
        return judged.Trend == Reading.NotMeaningful ? "not_meaningful" : judged.Trend.ToString().ToLowerInvariant();
    }

    private FigureForm Form(TemplateContext context, string name) =>
        FigureForm.Named(name) ?? throw session.Error(context, $"'{name}' is not a figure form.",
            Dataset.Json.Suggestion.Hint(name, FigureForm.Names, "forms"));
}
