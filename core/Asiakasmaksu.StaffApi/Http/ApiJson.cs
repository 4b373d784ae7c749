using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Asiakasmaksu.StaffApi.Http;

/// <summary>Writes JSON bodies: the contract's records (Asiakasmaksu.StaffApi.Contract) through their source-generated JSON.</summary>
public static class ApiJson
{
    /// <summary>A 200/201/202 JSON response of <paramref name="value"/>.</summary>
    public static ApiResponse Ok<T>(T value, JsonTypeInfo<T> typeInfo, int status = 200) =>
        new(status, "application/json", JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
}
