using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Dataset.Reviews;

/// <summary>
/// Whether a person has read each text as it now stands. A review mark is the fingerprint of the text's words and of every
/// figure it cites, so it lapses by itself when either changes: a reworded reason, a new period's figures after a
/// roll-forward, a corrected fact under "grew by {…}".
/// </summary>
public static class TextReviews
{
    /// <summary>The fingerprint a review mark must hold for <paramref name="text"/> to count as reviewed.</summary>
    public static string Fingerprint(ReportModel model, TextBlock text)
    {
        var content = new StringBuilder();
        foreach (var part in new[] { text.Speaker, text.Title, text.Verb }.Concat(text.Paragraphs))
            content.Append(part).Append('\u001f');
        foreach (var reference in text.Paragraphs.SelectMany(TextReference.FindAll).Where(r => r.Id is not null))
            content.Append(reference.Placeholder).Append('=').Append(Cited(model, reference)).Append('\u001f');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())))[..16];
    }

    /// <summary>True when the text's mark is its current fingerprint.</summary>
    public static bool IsReviewed(ReportModel model, TextBlock text) =>
        model.Dataset.Reviewed.TryGet(text.Key, out var mark) && mark.Fingerprint == Fingerprint(model, text);

    /// <summary>The texts still to review, in dataset order.</summary>
    public static IReadOnlyList<TextBlock> ToReview(ReportModel model) =>
        model.Dataset.Texts.Where(t => !IsReviewed(model, t)).ToList();

    /// <summary>
    /// Marks <paramref name="keys"/> reviewed in the dataset's JSON tree (<c>reviewed</c>, after <c>texts</c>, in text order),
    /// as <paramref name="model"/> (loaded from that tree) has them now.
    /// </summary>
    public static void Mark(JObject root, ReportModel model, IEnumerable<string> keys)
    {
        var marks = root["reviewed"] as JObject ?? [];
        foreach (var key in keys)
            marks[key] = Fingerprint(model, model.Dataset.Texts[key]);
        var ordered = new JObject(model.Dataset.Texts.Keys.Where(k => marks[k] is not null).Select(k => new JProperty(k, marks[k]!)));
        if (root.Property("reviewed") is { } existing)
            existing.Value = ordered;
        else if (root.Property("texts") is { } texts)
            texts.AddAfterSelf(new JProperty("reviewed", ordered));
        else
            root.Add("reviewed", ordered);
    }

    /// <summary>The figures a reference shows: its value, the comparative's for a change, the US$ figure for a translation.</summary>
    private static string Cited(ReportModel model, TextReference reference)
    {
        var id = reference.Id!;
        var figures = new List<decimal?> { model.Value(id, reference.Period) };
        if (reference.Form is { Compares: true } && model.Comparative(reference.Period, null) is { } comparative)
            figures.Add(model.Value(id, comparative));
        if (reference.Form is { Derivation: Derivation.Usd })
            figures.Add(model.Usd(id, reference.Period));
        // Dividing by 1.000… drops trailing zeros, so 1.50 typed as 1.5 is the same figure.
        return string.Join(',', figures.Select(f => f is { } value ? (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "none"));
    }
}
