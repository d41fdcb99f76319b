"""peerdesk: offline coordination for peer-support groups."""

__version__ = "0.1.0"
