using Asiakasmaksu.StaffWeb;
using Asiakasmaksu.StaffWeb.Services;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.Services.AddScoped(_ => new HttpClient { BaseAddress = new Uri(builder.HostEnvironment.BaseAddress) });
builder.Services.AddScoped<Session>();
builder.Services.AddScoped<Texts>();
builder.Services.AddScoped<StaffApiClient>();
await builder.Build().RunAsync();
