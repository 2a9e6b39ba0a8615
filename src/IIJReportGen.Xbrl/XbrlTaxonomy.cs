using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Xbrl;

/// <summary>An extended link role: one per table (its presentation tree and its calculations), plus one for figures no table shows.</summary>
public sealed record XbrlRole(string Uri, string Id, string Definition, string Heading, IReadOnlyList<XbrlElement> Members);

/// <summary>A role of the TDnet summary: one per section of its form (presentation and definition links).</summary>
public sealed record SummaryRole(string Uri, string Id, string Definition, FormSection Section);

/// <summary>A schema that starts a DTS, written at <c>Path</c> (relative to the build's output folder): it imports the core
/// (at <c>CoreHref</c>, relative to itself) and names the linkbases (href and linkbaseRef role) a kind of document is read with.</summary>
public sealed record XbrlEntryPoint(string Path, string Namespace, string CoreHref, IReadOnlyList<(string Href, string Role)> Linkbases);

/// <summary>The generated taxonomy: file names, entry points, roles with their presentation members, and calculation arcs;
/// with a TDnet summary also the summary's roles, elements and entry point.</summary>
public sealed class XbrlTaxonomy
{
    /// <summary>The folder of the taxonomy and the instance, relative to the build's output folder.</summary>
    public const string Folder = "xbrl";

    public XbrlTaxonomy(XbrlVocabulary vocabulary, IReadOnlyList<XbrlFact> facts, TdnetSummary? summary = null)
    {
        Vocabulary = vocabulary;
        Summary = summary;
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
        SummaryRoles = summary?.Form.Sections.Select(s => new SummaryRole(RoleUri(s.Role), s.Role, summary.Names[s.Heading].English, s)).ToList() ?? [];
        Calculations = CalculationNetwork.Of(vocabulary, facts);
    }

    public XbrlVocabulary Vocabulary { get; }

    /// <summary>The TDnet summary whose elements, roles and entry point the taxonomy also holds, if any.</summary>
    public TdnetSummary? Summary { get; }

    public IReadOnlyList<XbrlRole> Roles { get; }

    public IReadOnlyList<SummaryRole> SummaryRoles { get; }

    public CalculationNetwork Calculations { get; }

    /// <summary>The schema with the roles and elements, which every linkbase points into.</summary>
    public string CoreSchemaFileName => Vocabulary.CoreSchemaFileName;

    public string CorePath => Folder + "/" + CoreSchemaFileName;

    /// <summary>The XBRL instance's entry point: labels, presentation and calculations.</summary>
    public XbrlEntryPoint Full => new(Folder + "/" + Vocabulary.SchemaFileName, Vocabulary.Namespace + "/entry/full", CoreSchemaFileName,
    [
        (LabelFileName, XbrlNamespaces.LabelLinkbaseRefRole), (PresentationFileName, XbrlNamespaces.PresentationLinkbaseRefRole),
        (CalculationFileName, XbrlNamespaces.CalculationLinkbaseRefRole),
    ]);

    /// <summary>The TDnet summary's entry point, in its package: the core and the labels (the package's own copies, so the
    /// package stands alone, as TDnet receives it), the summary's own presentation and definition (hypercubes) — no
    /// calculations, because a summary reports only some parts of each total and a processor would find the totals
    /// inconsistent.</summary>
    public XbrlEntryPoint? SummaryEntry => Summary is { Package: var package } summary
        ? new(package.SchemaPath, summary.Namespace, CoreSchemaFileName,
        [
            (LabelFileName, XbrlNamespaces.LabelLinkbaseRefRole),
            (OutputPath.Relative(TdnetPackage.Folder, package.PresentationPath), XbrlNamespaces.PresentationLinkbaseRefRole),
            (OutputPath.Relative(TdnetPackage.Folder, package.DefinitionPath), XbrlNamespaces.DefinitionLinkbaseRefRole),
        ])
        : null;

    public string LabelFileName => Vocabulary.FileStem + "_lab.xml";

    public string PresentationFileName => Vocabulary.FileStem + "_pre.xml";

    public string CalculationFileName => Vocabulary.FileStem + "_cal.xml";

    public string InstanceFileName => Vocabulary.FileStem + ".xbrl";

    /// <summary>The role of a table's (or a summary section's) extended links.</summary>
    public string RoleUri(string key) => $"{Vocabulary.Namespace}/role/{Uri.EscapeDataString(key)}";

    /// <summary>The role that holds a table's calculations (the table's own role).</summary>
    public XbrlRole RoleOf(string tableKey)
    {
        var uri = RoleUri(tableKey); // once, not per role compared (the calculation linkbase asks per arc)
        return Roles.First(r => r.Uri == uri);
    }

    /// <summary>The schema id of an element, which locators point at: prefix_Name.</summary>
    public static string ElementId(string name) => XbrlVocabulary.Prefix + "_" + name;
}
