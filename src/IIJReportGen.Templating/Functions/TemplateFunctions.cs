using System.Collections.Concurrent;
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
        foreach (var (name, method) in Helpers.GetOrAdd(GetType(), Named))
            globals.SetValue(name, DynamicCustomFunction.Create(this, method), readOnly: true);
    }

    /// <summary>Each set's helpers with their template names, looked up once per process (every rendering imports them).</summary>
    private static readonly ConcurrentDictionary<Type, (string Name, MethodInfo Method)[]> Helpers = new();

    private static (string Name, MethodInfo Method)[] Named([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName)
            .Select(m => (StandardMemberRenamer.Rename(m.Name), m)).ToArray();
}
