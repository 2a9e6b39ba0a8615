namespace IIJReportGen.Markup;

/// <summary>One compound of a selector: <c>td.num:first-child</c>. Null element name means any element.</summary>
internal sealed record CompoundSelector(string? Element, IReadOnlyList<string> Classes, string? Id, bool FirstChild, bool LastChild)
{
    public static CompoundSelector Any { get; } = new(null, [], null, false, false);

    public bool Matches(MarkupElement element)
    {
        if (Element is not null && element.Name != Element)
            return false;
        if (Id is not null && element.Attribute("id") != Id)
            return false;
        foreach (var name in Classes)
        {
            if (!element.HasClass(name))
                return false;
        }
        return (!FirstChild || element.IsFirstChild) && (!LastChild || element.IsLastChild);
    }
}

/// <summary>Compounds joined by descendant (' ') or child ('>') combinators, matched right to left; Combinators[i] joins Compounds[i] and Compounds[i + 1].</summary>
internal sealed record ComplexSelector(IReadOnlyList<CompoundSelector> Compounds, IReadOnlyList<char> Combinators, int Specificity)
{
    public bool Matches(MarkupElement element) => Matches(element, Compounds.Count - 1);

    private bool Matches(MarkupElement element, int index)
    {
        if (!Compounds[index].Matches(element))
            return false;
        if (index == 0)
            return true;
        if (Combinators[index - 1] == '>')
            return element.Parent is { } parent && Matches(parent, index - 1);
        for (var ancestor = element.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (Matches(ancestor, index - 1))
                return true;
        }
        return false;
    }
}
