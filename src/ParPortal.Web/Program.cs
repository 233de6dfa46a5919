using ParPortal.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddParPortal(builder.Configuration, builder.Environment);

var app = builder.Build();
if (CommandVerbs.Find(app.Services, args) is { } verb)
{
    return await CommandVerbs.RunAsync(app, verb, args);
}

await app.InitializeParPortalAsync();
app.UseParPortal();
app.MapParPortal();
await app.RunAsync();
return 0;
