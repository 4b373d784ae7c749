namespace Asiakasmaksu.StaffWeb.Shared;

/// <summary>
/// The Idempotency-Key of a form's change: a new one for each new change, the same one when the same change
/// (same body, same version read) is sent again after a lost answer.
/// </summary>
public sealed class ChangeKey
{
    private string? key;
    private string? change;

    /// <summary>The key for <paramref name="what"/> (the change as text, with the version it is sent on).</summary>
    public string For(string what)
    {
        if (change != what)
        {
            (key, change) = (Guid.NewGuid().ToString(), what);
        }

        return key!;
    }
}
