"""The attendance pane's parts: check-in, kiosk, paper mode, editors, history and previews."""
