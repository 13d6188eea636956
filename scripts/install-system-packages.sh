#!/usr/bin/env bash
# The Debian packages the service needs beyond Node: Chromium to print documents to PDF, a CJK
# font so the PDFs carry Chinese text (not empty boxes), and poppler-utils (pdftotext) so the
# tests can read the text back out of a PDF. Idempotent: installs only what is missing, and runs
# `apt-get update` at most once. Not root: installs nothing and says what to run.
set -euo pipefail

declare -A PROVIDES=(
  [chromium]=/usr/bin/chromium
  [fonts-noto-cjk]=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
  [poppler-utils]=/usr/bin/pdftotext
)

missing=()
for package in chromium fonts-noto-cjk poppler-utils; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || [ ! -e "${PROVIDES[$package]}" ]; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: chromium, fonts-noto-cjk and poppler-utils are installed"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "system packages missing: ${missing[*]}" >&2
  echo "install them as root:  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  echo "until then, PDF documents answer 503 and the PDF tests are skipped" >&2
  exit 0
fi

echo "system packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Another apt run (a parallel job, unattended upgrades) holds the dpkg lock for a while: wait for it.
apt_wait=(-o DPkg::Lock::Timeout=600)
apt-get "${apt_wait[@]}" update
apt-get "${apt_wait[@]}" install -y --no-install-recommends "${missing[@]}"
# Chromium finds fonts through fontconfig; refresh its cache so the new CJK font is seen at once.
if command -v fc-cache >/dev/null 2>&1; then fc-cache -f >/dev/null; fi
