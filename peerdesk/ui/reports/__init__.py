"""The reports pane's parts: period presets, the figures view and the export actions."""
