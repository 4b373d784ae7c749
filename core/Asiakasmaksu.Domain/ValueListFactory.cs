namespace Asiakasmaksu.Domain;

/// <summary>Builds <see cref="ValueList{T}"/> values.</summary>
public static class ValueList
{
    /// <summary>A list holding a copy of <paramref name="items"/> (the collection-expression builder).</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? ValueList<T>.Empty : new ValueList<T>(items.ToArray());

    /// <summary>A list holding <paramref name="items"/>.</summary>
    public static ValueList<T> From<T>(IEnumerable<T> items) => items as ValueList<T> ?? Create<T>([.. items]);
}
