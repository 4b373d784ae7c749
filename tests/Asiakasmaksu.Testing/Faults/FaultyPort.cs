using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Asiakasmaksu.Testing.Faults;

/// <summary>
/// Wraps any port (store, audit log, outbox, sender) so that each call is a crash point of a
/// <see cref="CrashPoints"/>: a read fails before it runs; a write fails before it runs or, once it
/// has run, as if its answer were lost (the process died after the write reached storage). One
/// wrapper for every interface, so a new port needs no hand-written faulty twin.
/// </summary>
public class FaultyPort<T> : DispatchProxy
    where T : class
{
    private static readonly string[] Reads = ["Load", "Get", "List", "Find", "Query", "Pending", "DueFor", "DeliveryOf"];

    private static readonly ConcurrentDictionary<Type, MethodInfo> AfterOf = new();

    private T inner = null!;
    private CrashPoints points = null!;

    /// <summary><paramref name="port"/> with every call a crash point of <paramref name="crashPoints"/>.</summary>
    public static T Wrap(T port, CrashPoints crashPoints)
    {
        var proxy = Create<T, FaultyPort<T>>();
        var faulty = (FaultyPort<T>)(object)proxy;
        faulty.inner = port;
        faulty.points = crashPoints;
        return proxy;
    }

    /// <inheritdoc/>
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var what = $"{typeof(T).Name}.{targetMethod.Name}";
        points.Tick(what);
        object? result;
        try
        {
            result = targetMethod.Invoke(inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }

        if (Reads.Any(r => targetMethod.Name.StartsWith(r, StringComparison.Ordinal)) || result is not Task task)
        {
            return result;
        }

        var type = targetMethod.ReturnType;
        return type.IsGenericType
            ? AfterOf.GetOrAdd(type.GetGenericArguments()[0], t => typeof(FaultyPort<T>).GetMethod(nameof(AfterValueAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(t)).Invoke(null, [task, points, what])
            : AfterAsync(task, points, what);
    }

    private static async Task AfterAsync(Task write, CrashPoints points, string what)
    {
        await write.ConfigureAwait(false);
        points.Tick($"{what} answered");
    }

    private static async Task<TResult> AfterValueAsync<TResult>(Task<TResult> write, CrashPoints points, string what)
    {
        var result = await write.ConfigureAwait(false);
        points.Tick($"{what} answered");
        return result;
    }
}
