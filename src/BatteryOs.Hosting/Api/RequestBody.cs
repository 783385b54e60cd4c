using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BatteryOs.Hosting.Api;

/// <summary>Reads a request body of at most a given size.</summary>
internal static class RequestBody
{
    /// <summary>The body's bytes, or null when it is larger than <paramref name="limitBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limitBytes, CancellationToken token)
    {
        if (request.ContentLength > limitBytes)
        {
            return null;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limitBytes + 1L;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, token)) > 0)
            {
                if (buffer.Length + read > limitBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }
}
