using ParPortal.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddParPortal(builder.Configuration);

var app = builder.Build();
app.MapParPortal();
app.Run();
