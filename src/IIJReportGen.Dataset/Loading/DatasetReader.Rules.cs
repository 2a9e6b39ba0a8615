using IIJReportGen.Dataset.Expressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Dataset.Loading;

/// <summary>The tieOuts, asPublished, texts and reviewed sections.</summary>
internal sealed partial class DatasetReader
{
    private TieOut? ReadTieOut(JsonItem token)
    {
        if (AsObject(token, "A tie-out") is not { } json)
            return null;
        var id = json.String("id", required: true);
        var description = json.String("description", required: true);
        var rule = json.String("rule");
        var sides = ParseExpression(json, "rule", ExpressionParser.ParseEquation);
        var periods = json.Array("periods")?.Select(p => p.Kind == JsonKind.String ? p.Text! : "").ToList();
        json.Finish();
        return id is null || description is null || rule is null || sides is null
            ? null
            : new TieOut(id, description, rule, sides.Left, sides.Right, periods, Where(token));
    }

    private PublishedFigure? ReadPublished(JsonItem token)
    {
        if (AsObject(token, "An asPublished entry") is not { } json)
            return null;
        var of = json.String("of", required: true);
        var form = json.Choice("as", FigureForm.Names, required: true);
        var value = json.Decimal("value", required: true);
        var figure = new PublishedFigure("", "", FigureForm.Units, 0, json.String("vs"), json.String("source", required: true) ?? "", Where(token));
        json.Finish();
        if (of is null || form is null || value is null)
            return null;
        var at = of.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == of.Length - 1)
        {
            json.Invalid(json.Json["of"]!, $"'of' must name a concept or measure and a period as Id@PERIOD, not \"{of}\".",
                "For example \"TotalRevenues@1H13\".");
            return null;
        }
        return figure with { Of = of[..at], Period = of[(at + 1)..], As = FigureForm.Named(form)!, Value = value.Value };
    }

    private TextBlock? ReadText(string key, JsonItem token)
    {
        switch (token.Kind)
        {
            case JsonKind.String:
                return new TextBlock(key, [token.Text!], null, null, null, Where(token));
            case JsonKind.Array:
                return new TextBlock(key, ReadParagraphs(token, key), null, null, null, Where(token));
        }
        if (AsObject(token, $"Text '{key}'") is not { } json)
            return null;
        var text = json.Json["text"];
        json.Allow("text");
        if (text is null)
            json.String("text", required: true);
        var block = new TextBlock(key, text is null ? [] : ReadParagraphs(text, key), json.String("speaker"), json.String("title"), json.String("verb"), Where(token),
            json.String("confirm"));
        json.Finish();
        return block;
    }

    private ReviewMark? ReadReviewMark(string key, JsonItem token)
    {
        if (token.Kind == JsonKind.String)
            return new ReviewMark(key, token.Text!, Where(token));
        diagnostics.Add(Diagnostics.Diagnostic.Error(DatasetCodes.WrongType,
            $"The review mark of text '{key}' must be a string.", Where(token), "Let 'iijreport review' write it."));
        return null;
    }

    private List<string> ReadParagraphs(JsonItem token, string key)
    {
        if (token.Kind == JsonKind.String)
            return [token.Text!];
        var paragraphs = new List<string>();
        if (token.Kind == JsonKind.Array)
            foreach (var item in token.Items)
            {
                if (item.Kind == JsonKind.String)
                    paragraphs.Add(item.Text!);
                else
                    diagnostics.Add(Diagnostics.Diagnostic.Error(DatasetCodes.WrongType,
                        $"Text '{key}' paragraphs must be strings.", Where(item), "Write each paragraph in double quotes."));
            }
        else
            diagnostics.Add(Diagnostics.Diagnostic.Error(DatasetCodes.WrongType,
                $"Text '{key}' must be a string or a list of strings.", Where(token), "Write the text in double quotes."));
        return paragraphs;
    }
}
