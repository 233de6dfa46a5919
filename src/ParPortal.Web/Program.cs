using ParPortal.Features.Recipes;
using ParPortal.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddParPortal(builder.Configuration, builder.Environment);

var app = builder.Build();
if (ParPortalCommands.IsCommand(args))
{
    return await ParPortalCommands.RunAsync(app, args);
}

await app.InitializeParPortalAsync();
app.UseParPortal();
app.MapParPortal();
await app.RunAsync();
return 0;
