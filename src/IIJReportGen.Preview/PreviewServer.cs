using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IIJReportGen.Preview;

/// <summary>The local web server of `iijreport preview`: ASP.NET Core's slim host (it runs in the native binary), on 127.0.0.1 only.</summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The page's address: http://127.0.0.1:PORT/.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="session"/>'s pages on 127.0.0.1:<paramref name="port"/> (0: any free port).</summary>
    /// <exception cref="IOException">The port cannot be listened on (in use, or not allowed).</exception>
    public static async Task<PreviewServer> StartAsync(PreviewSession session, int port, CancellationToken cancellation)
    {
        // No appsettings.json, environment or command-line configuration: nothing can add an address beyond the one below.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(new PreviewRoutes(session, app.Lifetime.ApplicationStopping).Serve);
        try
        {
            await app.StartAsync(cancellation);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new PreviewServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
