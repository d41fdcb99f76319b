"""The resource library's widgets: list model, filters, edit form, attachments, handouts, import."""
