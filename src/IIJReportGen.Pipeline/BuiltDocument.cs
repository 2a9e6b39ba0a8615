using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;
using IIJReportGen.Templating;

namespace IIJReportGen.Pipeline;

/// <summary>One document of a build: its rendered XHTML (with the source map that says which template wrote each part), its
/// laid-out pages and every fact it shows, for later stages (the Inline XBRL check) and reports such as where-used.</summary>
public sealed record BuiltDocument(string Name, string Xhtml, SourceMap Source, LaidOutDocument Layout, IReadOnlyList<FactUse> FactUses);
