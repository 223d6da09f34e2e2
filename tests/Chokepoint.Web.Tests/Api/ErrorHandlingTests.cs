using Chokepoint.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Chokepoint.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ErrorHandlingTests(ApiFactory factory)
{
    [Fact]
    public async Task Unexpected_errors_become_a_generic_500_without_the_exception_text()
    {
        _ = factory.Server;
        var context = new DefaultHttpContext { RequestServices = factory.Services };
        context.Response.Body = new MemoryStream();
        var handler = ActivatorUtilities.CreateInstance<ProblemExceptionHandler>(factory.Services);
        Assert.True(await handler.TryHandleAsync(context, new InvalidOperationException("secret detail at Chokepoint.Internal"), CancellationToken.None));
        Assert.Equal(500, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Contains("An unexpected error occurred", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Chokepoint.Internal", body, StringComparison.Ordinal);
    }
}
