#!/usr/bin/env bash
# Qt's translation workflow: extract marked strings into the .ts sources, then compile .qm files.
#   scripts/update-translations.sh            update every .ts listed below and compile them
# Each .ts covers a set of source folders so that several people can translate at once.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=".venv/bin"
LANGS=(es)
declare -A SOURCES=(
  [peerdesk]="peerdesk/i18n.py peerdesk/ui/main_window.py peerdesk/ui/lock_screen.py peerdesk/ui/welcome.py peerdesk/ui/widgets.py peerdesk/ui/backups.py peerdesk/ui/jobs.py peerdesk/ui/session.py peerdesk/ui/printing.py peerdesk/ui/table_model.py peerdesk/ui/panes/base.py peerdesk/ui/dialogs peerdesk/ui/attendance peerdesk/ui/panes/attendance_pane.py"
  [peerdesk_library]="peerdesk/ui/members peerdesk/ui/panes/members_pane.py peerdesk/ui/resources peerdesk/ui/panes/resources_pane.py peerdesk/ui/reports peerdesk/ui/panes/reports_pane.py peerdesk/documents"
  [peerdesk_domain]="peerdesk/domain"
)
for name in "${!SOURCES[@]}"; do
  for lang in "${LANGS[@]}"; do
    # shellcheck disable=SC2086
    "$BIN/pyside6-lupdate" -extensions py -no-obsolete ${SOURCES[$name]} -ts "resources/translations/${name}_${lang}.ts"
    "$BIN/pyside6-lrelease" -silent "resources/translations/${name}_${lang}.ts" -qm "resources/translations/${name}_${lang}.qm"
  done
done
