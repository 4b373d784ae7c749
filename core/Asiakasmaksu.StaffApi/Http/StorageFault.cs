using System.Net.Sockets;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>Tells a fault of storage that does not answer (refused or dropped connections, after the storage client's own retries) from other faults.</summary>
internal static class StorageFault
{
    /// <summary>Whether <paramref name="fault"/> or any exception inside it is a connection to storage that failed.</summary>
    public static bool IsUnreachable(Exception fault) => fault switch
    {
        HttpRequestException or SocketException => true,
        AggregateException many => many.InnerExceptions.Any(IsUnreachable),
        { InnerException: { } inner } => IsUnreachable(inner),
        _ => false,
    };

    /// <summary>For logs (types only: messages may hold personal data): the fault's type and its innermost cause's, and whether storage did not answer.</summary>
    public static string Describe(Exception fault)
    {
        var cause = fault.GetBaseException();
        var types = cause == fault ? fault.GetType().Name : $"{fault.GetType().Name}, caused by {cause.GetType().Name}";
        return IsUnreachable(fault) ? $"{types}: storage does not answer" : types;
    }
}
