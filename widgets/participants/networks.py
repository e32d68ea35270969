"""The laptop's networks, for the join address phones can reach.

QtNetwork lists every interface with its human name ("Wi-Fi", "Ethernet"),
which the standard library cannot do portably. Loopback and link-local
addresses are left out: no phone can reach them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface


@dataclass(frozen=True)
class Network:
    """One address of the laptop on one network."""

    name: str  # the interface's name as the system shows it
    address: str


def local_networks() -> list[Network]:
    """The laptop's IPv4 addresses that phones on the same network could reach, in the system's order."""
    found: list[Network] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp) or flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            # IPv4 only: a phone typing an address needs a short one, and every hotspot gives one.
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol or ip.isLoopback():
                continue
            if ip.isInSubnet(ip.__class__("169.254.0.0"), 16):  # link-local: no DHCP answered
                continue
            found.append(Network(interface.humanReadableName(), ip.toString()))
    return found
