using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Collections.Domain.Webhooks.Targets;

/// <summary>
/// Which addresses a webhook may reach: public unicast only, unless <see cref="WebhookOptions.AllowedTargets"/> names
/// the host or a block holding the address. Refused: loopback, unspecified, broadcast, multicast, link-local (cloud
/// metadata at 169.254.169.254 among them), RFC 1918, CGNAT 100.64/10, "this network" 0/8, IPv6 ULA fc00::/7,
/// site-local, and the IPv4-mapped / IPv4-compatible IPv6 forms of all of these.
/// </summary>
public sealed class WebhookTargetPolicy(IOptions<WebhookOptions> options)
{
    private static readonly (IPAddress Network, int Prefix)[] Refused =
    [
        (IPAddress.Parse("0.0.0.0"), 8),
        (IPAddress.Parse("10.0.0.0"), 8),
        (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16),
        (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("224.0.0.0"), 4),
        (IPAddress.Parse("240.0.0.0"), 4),
        (IPAddress.Parse("::"), 128),
        (IPAddress.Parse("::1"), 128),
        (IPAddress.Parse("fc00::"), 7),
        (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8),
        (IPAddress.Parse("fd00:ec2::254"), 128),
    ];

    /// <summary>Host names of cloud metadata services, refused whatever they resolve to.</summary>
    private static readonly HashSet<string> MetadataHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal",
    };

    /// <summary>True when the host is allow-listed by name or the address falls in an allow-listed block.</summary>
    public bool IsAllowListed(string host, IPAddress? address)
    {
        foreach (var entry in options.Value.AllowedTargets)
        {
            if (string.Equals(entry.Trim(), host, StringComparison.OrdinalIgnoreCase)) return true;
            if (address is not null && IPNetwork.TryParse(entry.Trim(), out var block) && block.Contains(Canonical(address))) return true;
        }

        return false;
    }

    /// <summary>True when a webhook may connect to <paramref name="address"/> reached through <paramref name="host"/>.</summary>
    public bool Permits(string host, IPAddress address) =>
        IsAllowListed(host, address) || (!IsMetadataHost(host) && !IsInternal(address));

    public static bool IsMetadataHost(string host) => MetadataHosts.Contains(host.TrimEnd('.'));

    /// <summary>True for every address outside public unicast (see the class summary).</summary>
    public static bool IsInternal(IPAddress address)
    {
        var canonical = Canonical(address);
        if (canonical.Equals(IPAddress.Broadcast)) return true;
        foreach (var (network, prefix) in Refused)
        {
            if (network.AddressFamily == canonical.AddressFamily && new IPNetwork(network, prefix).Contains(canonical)) return true;
        }

        return false;
    }

    /// <summary>IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) IPv6 addresses judged as the IPv4 they carry.</summary>
    private static IPAddress Canonical(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address;
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        var compatible = bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && (bytes[12] | bytes[13]) != 0;
        return compatible ? new IPAddress(bytes.AsSpan(12, 4)) : address;
    }
}
