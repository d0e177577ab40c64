#!/usr/bin/env bash
# Playwright cannot download its own browser here: use Debian's Chromium, installing it when missing, and a
# Japanese font, installing Debian's IPA Gothic when none is there. Every clerk's machine has one; without it
# Chromium draws each kana and kanji as a narrow box, and the layout checks measured cards a third shorter
# than people see them (the five intents' cards took 1.15–1.35 screens at 375×667 with a Japanese font).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium not found at $CHROMIUM: installing Debian's chromium package" >&2
  missing+=(chromium)
fi
if ! command -v fc-list >/dev/null; then missing+=(fontconfig); fi
if [ -z "$(fc-list :lang=ja 2>/dev/null || true)" ]; then
  echo "No Japanese font found: installing Debian's fonts-ipafont-gothic package" >&2
  missing+=(fonts-ipafont-gothic)
fi
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
test -x "$CHROMIUM"
test -n "$(fc-list :lang=ja)"
