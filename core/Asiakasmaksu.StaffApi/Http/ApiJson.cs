using System.Text.Json;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>Writes JSON bodies.</summary>
public static class ApiJson
{
    /// <summary>The bytes written by <paramref name="write"/>.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            write(w);
        }

        return buffer.ToArray();
    }

    /// <summary>A 200/201/202 JSON response.</summary>
    public static ApiResponse Ok(Action<Utf8JsonWriter> write, int status = 200) => new(status, "application/json", Write(write));
}
