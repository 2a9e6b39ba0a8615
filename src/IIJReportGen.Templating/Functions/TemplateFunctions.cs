using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using IIJReportGen.Templating.Rendering;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace IIJReportGen.Templating.Functions;

/// <summary>A set of template helpers: each public method of the derived class becomes a snake_case function (YoyPct → yoy_pct).</summary>
/// <remarks>Only these methods are imported, so templates see our helpers and nothing else of .NET. The attribute keeps every
/// derived class's public methods in a trimmed (Native AOT) build, where nothing else calls them by name.</remarks>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)]
internal abstract class TemplateFunctions
{
    /// <summary>Makes this set's helpers the ones the rendering of <paramref name="context"/> calls.</summary>
    public void ImportInto(ScriptObject globals, XhtmlContext context)
    {
        context.Helpers[GetType()] = this;
        // The lambda, not the method group: GetType() of this annotated class carries PublicMethods to Named for the trimmer.
        foreach (var (name, function) in Helpers.GetOrAdd(GetType(), static (_, set) => Named(set.GetType()), this))
            globals.SetValue(name, function, readOnly: true);
    }

    /// <summary>Each set's helpers with their template names and Scriban functions, made once per process: a function reads its
    /// method's parameters by reflection when it is made, and every rendering imports every helper.</summary>
    private static readonly ConcurrentDictionary<Type, (string Name, Helper Function)[]> Helpers = new();

    private static (string Name, Helper Function)[] Named([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName)
            .Select(m => (StandardMemberRenamer.Rename(m.Name), new Helper(m))).ToArray();

    /// <summary>A helper method as Scriban calls it (arguments converted and checked by Scriban, as for any method it imports),
    /// on the set of the rendering that calls it.</summary>
    private sealed class Helper(MethodInfo method) : DelegateCustomFunction(null, method)
    {
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) =>
            Method.Invoke(((XhtmlContext)context).Helpers[Method.DeclaringType!], arguments);
    }
}
