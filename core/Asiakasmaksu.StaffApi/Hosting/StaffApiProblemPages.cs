using Asiakasmaksu.StaffApi.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;

namespace Asiakasmaksu.StaffApi.Hosting;

/// <summary>
/// Makes the errors the framework itself answers (no such endpoint, wrong method, an exception
/// outside the handlers) RFC 7807 problems like the handlers' own, so that every error is one.
/// </summary>
public static class StaffApiProblemPages
{
    /// <summary>Adds the exception handler and the status-code pages; call it before mapping endpoints.</summary>
    public static IApplicationBuilder UseStaffApiProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var fault = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                return (fault is null ? Problems.ServerError(context.TraceIdentifier) : Problems.ForFault(fault, context.TraceIdentifier)).ExecuteAsync(context);
            },
        });
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            return http.Response.HasStarted ? Task.CompletedTask : Problems.ForStatus(http.Response.StatusCode).ExecuteAsync(http);
        });
        return app;
    }
}
