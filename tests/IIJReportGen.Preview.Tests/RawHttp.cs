using System.Net.Sockets;
using System.Text;

namespace IIJReportGen.Preview.Tests;

/// <summary>HTTP/1.1 requests written byte for byte: HttpClient would normalise "../" and encoded dots away before sending.</summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Body)> Send(Uri server, string target, string method = "GET", string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {host ?? server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
