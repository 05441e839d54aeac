using System.Reflection;
using Microsoft.AspNetCore.Components.Authorization;

namespace Tongxin.Web.Infrastructure;

/// <summary>A use case: one class per file, called the same way by its page and its endpoint.</summary>
public interface IHandler;

public static class HandlerRegistration
{
    public static IServiceCollection AddHandlers(this IServiceCollection s)
    {
        foreach (var t in Assembly.GetExecutingAssembly().GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHandler).IsAssignableFrom(t)))
            s.AddScoped(t);
        foreach (var t in Assembly.GetExecutingAssembly().GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false }
                         && typeof(Features.Assessment.IAutoSource).IsAssignableFrom(t)))
            s.AddSingleton(typeof(Features.Assessment.IAutoSource), t);
        s.AddSingleton<Features.Assessment.AutoSources>();
        s.AddScoped<Features.Assessment.AssessmentSheet>();
        s.AddScoped<Features.Assessment.AssessmentViewer>();
        s.AddSingleton<PdfPrinter>();
        s.AddScoped<Operations>();
        return s;
    }
}

/// <summary>
/// Blazor components run one operation per DI scope (one DbContext per operation, never one per circuit),
/// with the circuit's user carried into the new scope so the shared scope filter still applies.
/// </summary>
public sealed class Operations(IServiceScopeFactory scopes, AuthenticationStateProvider auth)
{
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>()
            .Use((await auth.GetAuthenticationStateAsync()).User);
        return await work(scope.ServiceProvider);
    }

    // Call sites name the handler once, on the lambda's parameter: `Ops.Run((ListBodies h) => h.HandleAsync(q))`;
    // C# then infers both the handler and the result type.
    public Task<TResult> Run<THandler, TResult>(Func<THandler, Task<TResult>> work) where THandler : notnull =>
        RunAsync(sp => work(sp.GetRequiredService<THandler>()));

    /// <summary>Work that returns no value (a delete, a permission change).</summary>
    public Task Run<THandler>(Func<THandler, Task> work) where THandler : notnull =>
        RunAsync(async sp =>
        {
            await work(sp.GetRequiredService<THandler>());
            return true;
        });
}
