using IIJReportGen.Layout;
using IIJReportGen.Templating;

namespace IIJReportGen.Cli.Build;

/// <summary>One document of a build: its laid-out pages and every fact it shows, for reports such as where-used.</summary>
public sealed record BuiltDocument(string Name, LaidOutDocument Layout, IReadOnlyList<FactUse> FactUses);
