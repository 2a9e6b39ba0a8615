using AngleSharp.Css;
using AngleSharp.Css.Dom;

namespace IIJReportGen.Markup;

/// <summary>
/// Turns an AngleSharp selector into our <see cref="ComplexSelector"/>s, accepting only the subset: element, class, id and
/// universal selectors, descendant and child combinators, :first-child and :last-child.
/// </summary>
internal sealed class SelectorReader : ISelectorVisitor
{
    private readonly List<ComplexSelector> _selectors = [];
    private readonly List<string> _unsupported = [];
    private List<CompoundSelector> _compounds = [];
    private List<char> _combinators = [];
    private (string? Element, List<string> Classes, string? Id, bool First, bool Last) _compound;
    private int _specificity;

    /// <summary>The selectors of a (possibly comma-separated) selector, or the parts outside the subset.</summary>
    public static (IReadOnlyList<ComplexSelector> Selectors, IReadOnlyList<string> Unsupported) Read(ISelector selector)
    {
        var reader = new SelectorReader();
        if (IsList(selector))
            selector.Accept(reader);
        else
            reader.ReadComplex(selector);
        return (reader._selectors, reader._unsupported);
    }

    private static bool IsList(ISelector selector)
    {
        var probe = new ListProbe();
        selector.Accept(probe);
        return probe.IsList;
    }

    private void ReadComplex(ISelector selector)
    {
        _compounds = [];
        _combinators = [];
        _specificity = 0;
        StartCompound();
        selector.Accept(this);
        EndCompound();
        _selectors.Add(new ComplexSelector(_compounds, _combinators, _specificity));
    }

    private void StartCompound() => _compound = (null, [], null, false, false);

    private void EndCompound() =>
        _compounds.Add(new CompoundSelector(_compound.Element, _compound.Classes, _compound.Id, _compound.First, _compound.Last));

    public void List(IEnumerable<ISelector> selectors)
    {
        foreach (var selector in selectors)
            ReadComplex(selector);
    }

    public void Combinator(IEnumerable<ISelector> selectors, IEnumerable<string> symbols)
    {
        var parts = selectors.ToList();
        var joins = symbols.ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                var symbol = joins[i - 1].Trim();
                if (symbol is not ("" or ">"))
                    _unsupported.Add($"the '{joins[i - 1]}' combinator");
                EndCompound();
                StartCompound();
                _combinators.Add(symbol == ">" ? '>' : ' ');
            }
            parts[i].Accept(this);
        }
    }

    public void Many(IEnumerable<ISelector> selectors)
    {
        foreach (var selector in selectors)
            selector.Accept(this);
    }

    public void Type(string name)
    {
        if (name == "*")
            return;
        _compound.Element = name.ToLowerInvariant();
        _specificity += 1;
    }

    public void Class(string name)
    {
        _compound.Classes.Add(name);
        _specificity += 1 << 8;
    }

    public void Id(string name)
    {
        _compound.Id = name;
        _specificity += 1 << 16;
    }

    public void PseudoClass(string name)
    {
        if (name == "first-child")
            _compound.First = true;
        else if (name == "last-child")
            _compound.Last = true;
        else
            _unsupported.Add($"the :{name} pseudo-class");
        _specificity += 1 << 8;
    }

    public void PseudoElement(string name) => _unsupported.Add($"the ::{name} pseudo-element");

    public void Attribute(string name, string op, string? value) => _unsupported.Add($"the attribute selector [{name}]");

    public void Child(string name, int step, int offset, ISelector selector) => _unsupported.Add($"the :{name}() pseudo-class");

    /// <summary>Tells a comma-separated list from a single selector without reading it.</summary>
    private sealed class ListProbe : ISelectorVisitor
    {
        public bool IsList { get; private set; }

        public void List(IEnumerable<ISelector> selectors) => IsList = true;

        public void Attribute(string name, string op, string? value) { }

        public void Type(string name) { }

        public void Id(string name) { }

        public void Child(string name, int step, int offset, ISelector selector) { }

        public void Class(string name) { }

        public void PseudoClass(string name) { }

        public void PseudoElement(string name) { }

        public void Combinator(IEnumerable<ISelector> selectors, IEnumerable<string> symbols) { }

        public void Many(IEnumerable<ISelector> selectors) { }
    }
}
