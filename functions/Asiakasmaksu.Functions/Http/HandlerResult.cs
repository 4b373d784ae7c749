using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Asiakasmaksu.Functions.Http;

/// <summary>
/// A staff API handler's result (an ASP.NET Core <see cref="IResult"/>) as the
/// <see cref="IActionResult"/> that the Functions ASP.NET Core integration writes to the response.
/// </summary>
public sealed class HandlerResult(IResult result) : IActionResult
{
    /// <inheritdoc/>
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result.ExecuteAsync(context.HttpContext);
    }
}
