"""One module per pane; main_window only composes them."""
