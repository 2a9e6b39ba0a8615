namespace IIJReportGen.Xbrl;

/// <summary>An extended link role: one per table (its presentation tree and its calculations), plus one for figures no table shows.</summary>
public sealed record XbrlRole(string Uri, string Id, string Definition, string Heading, IReadOnlyList<XbrlElement> Members);

/// <summary>A schema that starts a DTS: it imports the core (at <paramref name="CoreHref"/>, relative to itself) and names the
/// linkbases (href and linkbaseRef role) a kind of document is read with.</summary>
public sealed record XbrlEntryPoint(string FileName, string Namespace, string CoreHref, IReadOnlyList<(string Href, string Role)> Linkbases);

/// <summary>The generated taxonomy: file names, entry points, roles with their presentation members, and calculation arcs.</summary>
public sealed class XbrlTaxonomy
{
    public XbrlTaxonomy(XbrlVocabulary vocabulary, IReadOnlyList<XbrlFact> facts)
    {
        Vocabulary = vocabulary;
        var roles = new List<XbrlRole>();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in vocabulary.Dataset.Tables.Where(t => t.LinesFrom is null))
        {
            var members = table.Lines.Where(l => l.Concept is not null).Select(l => vocabulary.Element(l.Concept!)).DistinctBy(e => e.Name).ToList();
            if (members.Count == 0)
                continue;
            shown.UnionWith(members.Select(m => m.Name));
            roles.Add(new XbrlRole(RoleUri(table.Key), "Role_" + XbrlNaming.Sanitize(table.Key), table.Title, vocabulary.HeadingName(table.Key), members));
        }
        var others = vocabulary.Elements.Concat(vocabulary.ChangeElements).DistinctBy(e => e.Name).Where(e => !shown.Contains(e.Name)).ToList();
        if (others.Count > 0)
            roles.Add(new XbrlRole(RoleUri("other-figures"), "Role_OtherFigures", "Figures not shown in a table", vocabulary.OtherFiguresHeading, others));
        Roles = roles;
        Calculations = CalculationNetwork.Of(vocabulary, facts);
    }

    public XbrlVocabulary Vocabulary { get; }

    public IReadOnlyList<XbrlRole> Roles { get; }

    public CalculationNetwork Calculations { get; }

    /// <summary>The schema with the roles and elements, which every linkbase points into.</summary>
    public string CoreSchemaFileName => Vocabulary.CoreSchemaFileName;

    /// <summary>The XBRL instance's entry point: labels, presentation and calculations.</summary>
    public XbrlEntryPoint Full => new(Vocabulary.SchemaFileName, Vocabulary.Namespace + "/entry/full", CoreSchemaFileName,
    [
        (LabelFileName, XbrlNamespaces.LabelLinkbaseRefRole), (PresentationFileName, XbrlNamespaces.PresentationLinkbaseRefRole),
        (CalculationFileName, XbrlNamespaces.CalculationLinkbaseRefRole),
    ]);

    /// <summary>The Inline XBRL summary's entry point: no calculations, because the summary reports only some parts of each
    /// total and a processor would find the totals inconsistent.</summary>
    public XbrlEntryPoint Summary => new(Vocabulary.SummarySchemaFileName, Vocabulary.Namespace + "/entry/summary", CoreSchemaFileName,
        [(LabelFileName, XbrlNamespaces.LabelLinkbaseRefRole), (PresentationFileName, XbrlNamespaces.PresentationLinkbaseRefRole)]);

    public string LabelFileName => Vocabulary.FileStem + "_lab.xml";

    public string PresentationFileName => Vocabulary.FileStem + "_pre.xml";

    public string CalculationFileName => Vocabulary.FileStem + "_cal.xml";

    public string InstanceFileName => Vocabulary.FileStem + ".xbrl";

    /// <summary>The role of a table's extended links.</summary>
    public string RoleUri(string tableKey) => $"{Vocabulary.Namespace}/role/{Uri.EscapeDataString(tableKey)}";

    /// <summary>The role that holds a table's calculations (the table's own role).</summary>
    public XbrlRole RoleOf(string tableKey) => Roles.First(r => r.Uri == RoleUri(tableKey));

    /// <summary>The schema id of an element, which locators point at: prefix_Name.</summary>
    public static string ElementId(string name) => XbrlVocabulary.Prefix + "_" + name;
}
