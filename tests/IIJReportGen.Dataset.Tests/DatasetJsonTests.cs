using IIJReportGen.Dataset.Json;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Dataset.Tests;

/// <summary>A dataset rewritten by a command keeps its layout: what was on one line stays on one line, as typed while unchanged.</summary>
public class DatasetJsonTests
{
    private const string Json = "{\n  \"a\": {\"x\": 1.50,  \"s\": \"é\\\"\"},\n  \"b\": [ 1, [ 2 ] ],\n  \"c\": {\n    \"d\": { }\n  }\n}\n";

    [Fact]
    public void An_unchanged_tree_is_written_byte_for_byte_one_line_objects_as_typed() =>
        Assert.Equal(Json, DatasetJson.Write(DatasetJson.Parse(Json), Json));

    [Fact]
    public void A_one_line_object_an_edit_changes_stays_on_one_line_and_a_new_one_is_laid_out_over_lines()
    {
        var root = DatasetJson.Parse(Json);
        root["a"]!["y"] = 5;
        ((JArray)root["b"]![1]!).Add(3);
        root["c"]!["e"] = new JObject { ["f"] = 1 };

        Assert.Equal("{\n  \"a\": { \"x\": 1.50, \"s\": \"é\\\"\", \"y\": 5 },\n  \"b\": [ 1, [ 2, 3 ] ],\n  \"c\": {\n    \"d\": { },\n    \"e\": {\n      \"f\": 1\n    }\n  }\n}\n",
            DatasetJson.Write(root, Json));
    }
}
