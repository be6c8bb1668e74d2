using System.Net;
using System.Net.Sockets;

namespace Idocs.Documents.Integrations.Webhooks;

/// <summary>
/// Which IP addresses a webhook may reach. Outside tests only public unicast addresses are allowed,
/// so a company cannot point the server at its own network, a neighbour's private range or a cloud
/// metadata endpoint (169.254.169.254 is link-local).
/// </summary>
public static class WebhookAddressPolicy
{
    public static bool IsAllowed(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback;
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicIPv4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicIPv6(address),
            _ => false,
        };
    }

    private static bool IsPublicIPv4(byte[] bytes) => bytes switch
    {
        [0, ..] => false,
        [10, ..] => false,
        [100, >= 64 and <= 127, ..] => false,
        [169, 254, ..] => false,
        [172, >= 16 and <= 31, ..] => false,
        [192, 0, 0, _] => false,
        [192, 168, ..] => false,
        [198, 18 or 19, ..] => false,
        [>= 224, ..] => false,
        _ => true,
    };

    private static bool IsPublicIPv6(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        var isUniqueLocal = (bytes[0] & 0xFE) == 0xFC;
        return !(address.Equals(IPAddress.IPv6Any)
            || address.IsIPv6LinkLocal
            || address.IsIPv6SiteLocal
            || address.IsIPv6Multicast
            || isUniqueLocal
            || address.IsIPv4MappedToIPv6);
    }
}
