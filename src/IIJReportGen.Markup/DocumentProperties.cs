namespace IIJReportGen.Markup;

/// <summary>What the document's head says about it (title, meta author/description/keywords, html lang), for the PDF's metadata.</summary>
public sealed record DocumentProperties(string Title, string Author, string Subject, string Keywords, string Language)
{
    public static DocumentProperties Read(MarkupElement html)
    {
        var head = html.Elements.FirstOrDefault(e => e.Name == "head");
        string Meta(string name) => head?.Elements.FirstOrDefault(e => e.Name == "meta" && e.Attribute("name") == name)?.Attribute("content") ?? "";
        var title = head?.Elements.FirstOrDefault(e => e.Name == "title")?.PlainText ?? "";
        return new DocumentProperties(title, Meta("author"), Meta("description"), Meta("keywords"), html.Attribute("xml:lang") ?? html.Attribute("lang") ?? "");
    }
}
