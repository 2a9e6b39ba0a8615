using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban.Runtime;

namespace IIJReportGen.Templating.Functions;

/// <summary>A set of template helpers: each public method of the derived class becomes a snake_case function (YoyPct → yoy_pct).</summary>
/// <remarks>Only these methods are imported, so templates see our helpers and nothing else of .NET. The attribute keeps every
/// derived class's public methods in a trimmed (Native AOT) build, where nothing else calls them by name.</remarks>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)]
internal abstract class TemplateFunctions
{
    public void ImportInto(ScriptObject globals)
    {
        foreach (var method in GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName))
            globals.SetValue(StandardMemberRenamer.Rename(method.Name), DynamicCustomFunction.Create(this, method), readOnly: true);
    }
}
